/**
 * Driving the analyst view like a person: open the tab, add factors from the picker, fill
 * the numbers, run, cancel, download. Shared by the end-to-end test and `npm run bench`.
 */
import type { Page } from 'playwright-core';

export interface SweepInput {
  title?: string;
  /** Setting paths to vary, in order (every value of an enum or boolean is ticked). */
  factors: string[];
  replications: number;
  workers?: number;
}

export async function openAnalysis(page: Page): Promise<void> {
  await page.click('#view-analysis');
  await page.waitForSelector('#analysis:not([hidden])[data-state="idle"]');
}

export async function defineSweep(page: Page, input: SweepInput): Promise<void> {
  if (input.title !== undefined) await page.fill('#sweep-title', input.title);
  for (const path of input.factors) {
    await page.selectOption('#sweep-factor-picker', path);
    await page.click('#sweep-add');
    await page.waitForSelector(`#sweep-factors li.factor[data-path="${path}"]`);
  }
  await page.fill('#sweep-replications', String(input.replications));
  if (input.workers !== undefined) await page.fill('#sweep-workers', String(input.workers));
}

/** Runs the defined sweep and waits until it is done and every part of the results is drawn. */
export async function runSweep(page: Page, timeout = 60_000): Promise<void> {
  await page.click('#sweep-run');
  await page.waitForSelector('#analysis[data-state="done"]', { timeout });
  await page.waitForSelector('#results-body[data-drawn]', { timeout });
}
