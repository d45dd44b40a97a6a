/**
 * The page stays responsive at maximum speed: while the default scenario runs at maximum
 * speed for 10 s (its horizon raised to 100,000 months so it does not stop after 120),
 * the main thread has no task longer than 50 ms (Long Tasks API); the same holds for a
 * scenario of 3,000 organisations. Frame intervals, messages and draws are written to
 * test-results/e2e/performance.json and printed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeLink } from '../../viz/app/shareUrl';
import type { Overrides } from '../../viz/app/setup';
import { OUTPUT_DIR, ready, screenshot, startSite, type Site } from './site';

let site: Site;
const results: Record<string, unknown> = {};

beforeAll(async () => {
  site = await startSite();
});

afterEach(async () => {
  expect(await site.finish()).toEqual([]);
});

afterAll(async () => {
  await site?.close();
  await writeFile(join(OUTPUT_DIR, 'performance.json'), `${JSON.stringify(results, null, 2)}\n`);
});

interface Measure {
  seconds: number;
  /** Runs played (a run that reaches its horizon is reset and played again). */
  runs: number;
  months: number;
  /** Durations (ms) of tasks over 50 ms, and when they started and each run started (ms from the start). */
  longTasks: number[];
  longTaskStarts: number[];
  runStarts: number[];
  frames: number;
  frameMedian: number;
  frameP95: number;
  frameMax: number;
  messages: number;
  draws: number;
}

/** Plays at maximum speed for `seconds` (or to the horizon) and reports what the main thread went through. */
async function measure(page: Page, seconds: number): Promise<Measure> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longTaskStarts: number[]; frames: number[]; measureStart: number };
    w.longTasks = [];
    w.longTaskStarts = [];
    w.frames = [];
    w.measureStart = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longTasks.push(Math.round(entry.duration));
        w.longTaskStarts.push(Math.round(entry.startTime - w.measureStart));
      }
    }).observe({ type: 'longtask' });
    let last = 0;
    const frame = (now: number) => {
      if (last) w.frames.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const counters = () => page.evaluate(() => ({ batches: Number(document.querySelector<HTMLElement>('#app')!.dataset.batches ?? 0), renders: Number(document.querySelector<HTMLElement>('#app')!.dataset.renders ?? 0) }));
  const before = await counters();
  await page.selectOption('#speed', 'max');
  const started = Date.now();
  const left = () => seconds * 1000 - (Date.now() - started);
  let months = 0;
  let runs = 0;
  /** When each run started (ms from the start of the measure), to place long tasks. */
  const starts: number[] = [];
  const clock = () => page.evaluate(() => Math.round(performance.now() - (window as unknown as { measureStart: number }).measureStart));
  // Play at maximum speed until the time is up; a run that reaches its horizon is reset and played again.
  while (left() > 0) {
    if (runs > 0) {
      months += Number(await page.getAttribute('#app', 'data-tick'));
      starts.push(await clock());
      await page.click('#reset');
      await page.waitForSelector('#app[data-state="ready"][data-tick="0"] #play:not([disabled])');
    } else starts.push(await clock());
    runs++;
    await page.click('#play', { timeout: 5000 });
    await page.waitForSelector('#app[data-state="done"]', { timeout: Math.max(1, left()) }).catch(() => undefined);
  }
  if ((await page.getAttribute('#app', 'data-state')) === 'playing') await page.click('#play');
  const elapsed = (Date.now() - started) / 1000;
  await page.waitForTimeout(200);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longTaskStarts: number[]; frames: number[] };
    const app = document.querySelector<HTMLElement>('#app')!.dataset;
    return { longTasks: w.longTasks, longTaskStarts: w.longTaskStarts, frames: w.frames, months: Number(app.tick), batches: Number(app.batches), renders: Number(app.renders) };
  });
  months += seen.months;
  const frames = [...seen.frames].sort((a, b) => a - b);
  const at = (q: number) => Math.round((frames[Math.min(frames.length - 1, Math.floor(q * frames.length))] ?? 0) * 10) / 10;
  return {
    seconds: Math.round(elapsed * 10) / 10,
    runs,
    months,
    longTasks: seen.longTasks,
    longTaskStarts: seen.longTaskStarts,
    runStarts: starts,
    frames: frames.length,
    frameMedian: at(0.5),
    frameP95: at(0.95),
    frameMax: at(1),
    messages: seen.batches - before.batches,
    draws: seen.renders - before.renders,
  };
}

async function openWith(overrides: Overrides): Promise<Page> {
  const hash = await encodeLink({ source: { kind: 'bundled', id: 'default' }, seed: 1, overrides, compare: null, live: [] }, 'en');
  const page = await site.open({ hash });
  await ready(page);
  return page;
}

// One retry: the measure is of wall time on a shared machine, and another process busy on
// both cores for a moment shows up as a long task. A real regression fails both attempts.
describe('responsiveness at maximum speed', { retry: 1 }, () => {
  it('keeps every main-thread task under 50 ms while the default scenario runs for 10 s', async () => {
    const page = await openWith({ ticks: 100_000 });
    const result = await measure(page, 10);
    results.defaultScenario = result;
    console.log('default scenario, maximum speed:', JSON.stringify(result));
    await screenshot(page, 'performance-default');
    expect(result.months).toBeGreaterThan(10_000);
    // At most one message and one draw per animation frame.
    expect(result.messages).toBeLessThanOrEqual(result.frames + 1);
    expect(result.draws).toBeLessThanOrEqual(result.frames + 1);
    expect(result.longTasks.filter((ms) => ms > 50)).toEqual([]);
  });

  it('keeps every main-thread task under 50 ms with 3,000 organisations, drawing a sample of the network', async () => {
    const page = await openWith({ ticks: 2000, 'organisations.count.E': 600, 'organisations.count.P': 900, 'organisations.count.T': 1500, 'action.initial_members': 100 });
    expect(await page.getAttribute('#network', 'data-step')).toBe('10');
    expect(await page.textContent('figure[data-chart="network"] figcaption')).toMatch(/Showing 1 organisation in 10 \(300 of 3000/);
    const result = await measure(page, 5);
    results.threeThousandOrganisations = result;
    console.log('3,000 organisations, maximum speed:', JSON.stringify(result));
    await screenshot(page, 'performance-3000');
    expect(result.months).toBeGreaterThan(100);
    expect(result.longTasks.filter((ms) => ms > 50)).toEqual([]);
  });
});
