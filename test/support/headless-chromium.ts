import { launchChromium as launchHeadless, type HeadlessChromium } from '@diligent/server/chromium';

/** Debian's Chromium, headless, nothing downloaded, in a window the size the screenshots are taken at. */
export function launchChromium(): Promise<HeadlessChromium> {
  return launchHeadless({ viewport: { width: 1500, height: 1000 } });
}
