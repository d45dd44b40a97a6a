/**
 * A tab left running at full speed does not grow without bound. The default scenario, its
 * horizon raised to the 100,000-month maximum, plays at maximum speed; each time a run
 * reaches its horizon the page is reset and the run played again, for SOAK_SECONDS
 * (60 in `npm test`; `npm run soak` runs the 10 minutes of the reliability issue). At the
 * end of every run, after a forced garbage collection, the test reads the page's
 * JavaScript heap, its DOM node count and the resident memory of Chromium's renderer and
 * GPU processes (the page, its engine worker and its drawing). The end-of-run state is the
 * same every time (a finished 100,000-month run), so those readings are comparable: the
 * later ones must not exceed the early ones beyond a small margin. Samples go to
 * test-results/e2e/soak.json and are printed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { encodeLink } from '../../viz/app/shareUrl';
import { OUTPUT_DIR, ready, startSite, type Site } from './site';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
/** Runs compared at least, however slow the machine: the soak goes on past SECONDS until it has them. */
const MIN_RUNS = 12;
const MB = 2 ** 20;

interface Sample {
  /** Seconds since the start of the soak. */
  at: number;
  run: number;
  heapMB: number;
  domNodes: number;
  listeners: number;
  /** Resident memory of the renderer and GPU processes. */
  processMB: number;
}

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

/** Resident memory (MB) of Chromium's renderer and GPU processes, read from /proc. */
async function processMemory(browserSession: CDPSession): Promise<number> {
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  let kB = 0;
  for (const process of processInfo.filter((p) => p.type === 'renderer' || p.type === 'GPU')) {
    const status = await readFile(`/proc/${process.id}/status`, 'utf8').catch(() => '');
    kB += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kB / 1024;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

it(`keeps the tab's memory bounded over ${SECONDS} s at maximum speed`, { timeout: (SECONDS + 300) * 1000 }, async () => {
  const hash = await encodeLink({ source: { kind: 'bundled', id: 'default' }, seed: 1, overrides: { ticks: 100_000 }, compare: null, live: [] }, 'en');
  const page = await site.open({ hash });
  await ready(page);
  const session = await page.context().newCDPSession(page);
  const browserSession = await site.browser.newBrowserCDPSession();
  await page.selectOption('#speed', 'max');

  const samples: Sample[] = [];
  const started = Date.now();
  let months = 0;
  for (let run = 1; (Date.now() - started) / 1000 < SECONDS || run <= MIN_RUNS; run++) {
    if (run > 1) {
      await page.click('#reset');
      await page.waitForSelector('#app[data-state="ready"][data-tick="0"] #play:not([disabled])');
    }
    await page.click('#play');
    await page.waitForSelector('#app[data-state="done"]', { timeout: 60_000 });
    months += Number(await page.getAttribute('#app', 'data-tick'));
    await session.send('HeapProfiler.collectGarbage');
    const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = (await session.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
    samples.push({
      at: Math.round((Date.now() - started) / 100) / 10,
      run,
      heapMB: Math.round((heap.usedSize / MB) * 100) / 100,
      domNodes: dom.nodes,
      listeners: dom.jsEventListeners,
      processMB: Math.round(await processMemory(browserSession)),
    });
  }
  const seconds = (Date.now() - started) / 1000;
  await writeFile(join(OUTPUT_DIR, 'soak.json'), `${JSON.stringify({ seconds, months, samples }, null, 2)}\n`);

  // The first quarter of the runs (at least two) warm up: the JIT, the page's caches, the
  // allocator's pools. Then the first and last thirds of what is left are compared.
  const warm = samples.slice(Math.max(2, Math.floor(samples.length / 4)));
  const third = Math.max(1, Math.floor(warm.length / 3));
  const early = warm.slice(0, third);
  const late = warm.slice(-third);
  // Medians: a reading taken while the page was in the middle of something (a redraw, a
  // collection the forced one did not finish) is not growth.
  const summary = (pick: (s: Sample) => number) => `${median(early.map(pick))} → ${median(late.map(pick))}`;
  console.log(
    `soak: ${samples.length} runs, ${months.toLocaleString('en')} months in ${seconds.toFixed(0)} s; ` +
      `heap MB ${summary((s) => s.heapMB)}, DOM nodes ${summary((s) => s.domNodes)}, listeners ${summary((s) => s.listeners)}, renderer + GPU RSS MB ${summary((s) => s.processMB)}`,
  );
  expect(samples.length).toBeGreaterThanOrEqual(MIN_RUNS);
  // A finished run always holds the same things. The heap may still take on a little: the
  // JIT's code and Chromium's performance-timeline buffers (layout shifts, long animation
  // frames), which the browser caps; the page's own objects do not grow (docs/reliability.md).
  expect(median(late.map((s) => s.heapMB))).toBeLessThanOrEqual(median(early.map((s) => s.heapMB)) * 1.02 + 0.5);
  expect(median(late.map((s) => s.domNodes))).toBeLessThanOrEqual(median(early.map((s) => s.domNodes)) + 50);
  expect(median(late.map((s) => s.listeners))).toBeLessThanOrEqual(median(early.map((s) => s.listeners)));
  // Process memory also holds the allocator's and the rasteriser's caches: a wider margin.
  expect(median(late.map((s) => s.processMB))).toBeLessThanOrEqual(median(early.map((s) => s.processMB)) * 1.15 + 40);
  expect(await site.finish()).toEqual([]);
});
