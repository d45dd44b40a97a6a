/**
 * The built site served by `vite preview` on port 0, and Debian's Chromium driven by
 * playwright-core: one browser per test file, a fresh context per page. Every page records
 * console errors, uncaught errors and Content-Security-Policy violations, so a test can
 * require that there were none. Screenshots go to test-results/e2e/ (or $INTERSTICE_TEST_OUTPUT).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseScenario, runScenario, type RunResult, type Scenario } from '../../sim/index';
import { launchChromium } from './chromium';

export const OUTPUT_DIR = process.env.INTERSTICE_TEST_OUTPUT ?? join('test-results', 'e2e');

export interface Site {
  url: string;
  browser: Browser;
  /** A fresh context and page; `problems` collects console errors, page errors and CSP violations. */
  /**
   * `layout`: 'classic' (the default here: the tests of the panels and charts were written for
   * it) stores that choice before the page loads; 'first visit' stores nothing, so the page
   * picks its own default (the presentation layout from 1280 px). `deviceScaleFactor` 1.5
   * with a viewport of 1/1.5 the screen is the browser zoomed to 150 %.
   */
  open(options?: {
    locale?: string;
    hash?: string;
    viewport?: { width: number; height: number };
    layout?: 'classic' | 'first visit';
    deviceScaleFactor?: number;
  }): Promise<Page>;
  /** Console errors, page errors and CSP violations seen since the last call (and closes the pages opened). */
  finish(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The site for one test file: started before its tests, checked after each (no console
 * error, page error or CSP violation), closed after all. `set` receives it once started.
 */
export function useSite(set: (site: Site) => void): void {
  let current: Site | undefined;
  beforeAll(async () => {
    current = await startSite();
    set(current);
  });
  afterEach(async () => {
    expect(await current!.finish()).toEqual([]);
  });
  afterAll(async () => {
    await current?.close();
  });
}

export async function startSite(): Promise<Site> {
  const outDir = inject('distDir');
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  await mkdir(OUTPUT_DIR, { recursive: true });
  let contexts: BrowserContext[] = [];
  let problems: string[] = [];

  return {
    url,
    browser,
    async open({ locale = 'en-GB', hash = '', viewport = { width: 1280, height: 900 }, layout = 'classic', deviceScaleFactor = 1 } = {}) {
      const context = await browser.newContext({ locale, viewport, deviceScaleFactor, acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
      if (layout === 'classic')
        await page.addInitScript(() => localStorage.setItem('interstice.display', JSON.stringify({ presentation: false, largerText: false })));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(hash ? `${url}#${hash}` : url);
      return page;
    },
    async finish() {
      for (const context of contexts) await context.close();
      contexts = [];
      const seen = problems;
      problems = [];
      return seen;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
    },
  };
}

/** Saves the whole page (or only what is in view: `fullPage` false) under OUTPUT_DIR. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`), fullPage });
}

export async function scenarioFile(name: string): Promise<Scenario> {
  const parsed = parseScenario(await readFile(`scenarios/${name}.json`, 'utf8'), name);
  if (!parsed.ok) throw new Error(`scenarios/${name}.json is invalid`);
  return parsed.scenario;
}

export async function nodeRun(name: string, seed: number): Promise<RunResult> {
  return runScenario(await scenarioFile(name), seed);
}

/** Exact values the page holds for one column of the data table. */
export async function tableColumn(page: Page, column: string): Promise<number[]> {
  return page.$$eval(`#data-table td[data-column="${column}"]`, (cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value)));
}

export const state = (page: Page) => page.getAttribute('#app', 'data-state');
export const tick = async (page: Page) => Number(await page.getAttribute('#app', 'data-tick'));
export const ready = (page: Page) => page.waitForSelector('#app[data-state="ready"]');
/**
 * The run is over and the page shows its last month: the state turns "done" when the
 * engine's last batch arrives, and the page draws it (status, table) at the next frame.
 */
export async function done(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-state="done"]', { timeout: 60_000 });
  await page.waitForFunction(() => {
    const status = document.querySelector<HTMLElement>('#status');
    return status !== null && status.dataset.tick === status.dataset.horizon;
  });
}

/** Steps with the → key until `month` (each step waits for the month to arrive): exact under any load. */
export async function stepTo(page: Page, month: number): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  while ((await tick(page)) < month) {
    const next = (await tick(page)) + 1;
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`#app[data-tick="${next}"]`);
  }
}

/** Clicks what starts a download and returns the downloaded file's name and text. */
export async function downloadText(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}
