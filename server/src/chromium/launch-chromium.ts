import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; playwright-core never downloads a browser. `DILIGENT_CHROMIUM` overrides. */
export function chromiumPath(): string {
  return process.env.DILIGENT_CHROMIUM ?? '/usr/bin/chromium';
}

/** Headless, and no traffic of Chromium's own: a closed network refuses it, many at a time. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** No network at all: for self-contained documents (the report). */
  offline?: boolean;
}

export interface HeadlessChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile, removed again by `close`. */
export async function launchChromium(options: LaunchOptions = {}): Promise<HeadlessChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'diligent-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: chromiumArgs,
      headless: true,
      ...options,
    });
    const close = async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    };
    return { context, close };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
