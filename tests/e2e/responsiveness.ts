/**
 * What the page's main thread goes through while the simulator plays at maximum speed:
 * tasks over 50 ms (Long Tasks API), animation frames (their rate and intervals), messages
 * from the engine and draws. A run that reaches its horizon is reset and played again
 * until the time is up. Shared by the end-to-end performance test and `npm run bench`.
 */
import type { Page } from 'playwright-core';

export interface Measure {
  seconds: number;
  /** Runs played (a run that reaches its horizon is reset and played again). */
  runs: number;
  months: number;
  /** Durations (ms) of tasks over 50 ms, and when they started and each run started (ms from the start). */
  longTasks: number[];
  longTaskStarts: number[];
  runStarts: number[];
  frames: number;
  /** Frames per second over the measure (animation frames the page got). */
  fps: number;
  frameMedian: number;
  frameP95: number;
  frameMax: number;
  messages: number;
  draws: number;
}

/** Plays at maximum speed for `seconds` and reports what the main thread went through. */
export async function measureAtMaxSpeed(page: Page, seconds: number): Promise<Measure> {
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
  const counters = () =>
    page.evaluate(() => ({
      batches: Number(document.querySelector<HTMLElement>('#app')!.dataset.batches ?? 0),
      renders: Number(document.querySelector<HTMLElement>('#app')!.dataset.renders ?? 0),
    }));
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
  // Pause if still playing, in one step inside the page: a run that ends between a check from
  // here and a click disables the button, and the click would wait for it forever.
  await page.evaluate(() => {
    const play = document.querySelector<HTMLButtonElement>('#play');
    if (document.querySelector<HTMLElement>('#app')?.dataset.state === 'playing' && play && !play.disabled) play.click();
  });
  const elapsed = (Date.now() - started) / 1000;
  await page.waitForTimeout(200);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longTaskStarts: number[]; frames: number[] };
    const app = document.querySelector<HTMLElement>('#app')!.dataset;
    return {
      longTasks: w.longTasks,
      longTaskStarts: w.longTaskStarts,
      frames: w.frames,
      months: Number(app.tick),
      batches: Number(app.batches),
      renders: Number(app.renders),
    };
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
    fps:
      Math.round(
        (10 * frames.length * 1000) /
          Math.max(
            1,
            frames.reduce((a, b) => a + b, 0),
          ),
      ) / 10,
    frameMedian: at(0.5),
    frameP95: at(0.95),
    frameMax: at(1),
    messages: seen.batches - before.batches,
    draws: seen.renders - before.renders,
  };
}
