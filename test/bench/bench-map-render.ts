/// <reference lib="dom" />
// The functions given to page.evaluate run in the browser.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/headless-chromium.ts';
import { startExplorer } from '../support/explorer-server.ts';
import { writeGeneratedDeal } from './generated-deal.ts';

const mapSelector = '[data-testid=hotspot-map]';

async function paintedAt(page: Page): Promise<number> {
  return page.evaluate(
    (selector) => Number(document.querySelector(selector)?.getAttribute('data-painted-at') ?? 0),
    mapSelector,
  );
}

async function waitForPaint(page: Page, after: number): Promise<number> {
  await page.waitForFunction(
    ([selector, since]) =>
      Number(document.querySelector(selector as string)?.getAttribute('data-painted-at') ?? 0) >
      (since as number),
    [mapSelector, after] as const,
    { timeout: 60_000, polling: 5 },
  );
  return paintedAt(page);
}

/** Time from a page load's start to the map's first paint, as the page's own clock says. */
async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return waitForPaint(page, 0);
}

/** Moves the pointer over the canvas and times each move until the frame after it was presented. */
async function hoverFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const canvas = document.querySelector('[data-testid=map-canvas]');
    if (!(canvas instanceof HTMLCanvasElement)) return [];
    const box = canvas.getBoundingClientRect();
    const frames: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const start = performance.now();
      const x = box.left + (((i * 97) % 100) / 100) * box.width;
      const y = box.top + (((i * 37) % 100) / 100) * box.height;
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      frames.push(performance.now() - start);
    }
    return frames;
  });
}

/** Zooms into a top directory and back out, as the breadcrumb does (through the URL): time to each paint. */
async function zoomFrames(page: Page): Promise<number[]> {
  const frames: number[] = [];
  for (const zoom of ['d1', '', 'd2', '', 'd3/s4', 'd3', '', 'd5', '', 'd7']) {
    const before = await paintedAt(page);
    const start = await page.evaluate((directory) => {
      const params = new URLSearchParams(window.location.search);
      if (directory) params.set('zoom', directory);
      else params.delete('zoom');
      history.pushState(null, '', `/?${params.toString()}`);
      const now = performance.now();
      window.dispatchEvent(new PopStateEvent('popstate'));
      return now;
    }, zoom);
    frames.push((await waitForPaint(page, before)) - start);
  }
  return frames;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

/** The map on a generated tree of `fileCount` files, in headless Chromium. */
export async function benchMapRender(work: string, fileCount: number): Promise<void> {
  const dbDir = join(work, 'generated-deal');
  const started = Date.now();
  await writeGeneratedDeal(dbDir, fileCount);
  console.log(`generated ${fileCount.toLocaleString('en-US')} files in ${ms(Date.now() - started)}`);
  const { app, url } = await startExplorer(dbDir);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const link = `${url}?repo=generated&view=map`;
    console.log(
      `map first render after navigation (cold server cache): ${ms(await firstRender(page, link))}`,
    );
    const warm: number[] = [];
    for (let i = 0; i < 3; i += 1) warm.push(await firstRender(page, link));
    console.log(
      `map first render after navigation (warm, best/worst of 3): ${ms(Math.min(...warm))} / ${ms(Math.max(...warm))}`,
    );
    const paint = Number(await page.getByTestId('hotspot-map').getAttribute('data-render-ms'));
    console.log(`  of which canvas paint: ${ms(paint)}`);
    const hover = await hoverFrames(page);
    console.log(
      `hover frames (60 moves): median ${ms(percentile(hover, 50))}, p95 ${ms(percentile(hover, 95))}, max ${ms(Math.max(...hover))}`,
    );
    const zoom = await zoomFrames(page);
    console.log(
      `zoom frames (10 zooms in and out): median ${ms(percentile(zoom, 50))}, max ${ms(Math.max(...zoom))} (each: ${zoom.map((z) => z.toFixed(0)).join(', ')})`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}
