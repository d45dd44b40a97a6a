/**
 * The first page, built and served as it ships (vite build + vite preview), in Chromium:
 * a run played to the end shows exactly the numbers the engine gives in Node for the
 * same scenario and seed, the controls work from the keyboard, and French replaces the
 * English texts. Any console error or page error fails the test that caused it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parseScenario, runScenario, type RunResult } from '../../sim/index';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let outDir: string;
let server: PreviewServer;
let browser: Browser;
let url: string;
let context: BrowserContext | undefined;
let problems: string[] = [];

async function expected(seed: number): Promise<RunResult> {
  const parsed = parseScenario(await readFile('scenarios/default.json', 'utf8'), 'scenarios/default.json');
  if (!parsed.ok) throw new Error('the default scenario is invalid');
  return runScenario(parsed.scenario, seed);
}

/** A fresh context and page that record console errors and uncaught page errors. */
async function open(locale = 'en-GB'): Promise<Page> {
  context = await browser.newContext({ locale });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('#app[data-state="ready"]');
  return page;
}

/** Exact values the page holds for one column of the data table. */
async function tableColumn(page: Page, column: string): Promise<number[]> {
  return page.$$eval(`#data-table td[data-column="${column}"]`, (cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value)));
}

const state = (page: Page) => page.getAttribute('#app', 'data-state');
const tick = async (page: Page) => Number(await page.getAttribute('#app', 'data-tick'));

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'interstice-dist-'));
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('vite preview did not report a URL');
  url = local;
  // A plain launch runs on a fresh temporary profile that Playwright deletes on close.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the first page', () => {
  it('plays the default scenario to month 120 with the numbers the engine gives in Node', async () => {
    const page = await open();
    expect(await page.textContent('h1')).toBe('Interstice');
    expect(await page.textContent('#status')).toBe('Month 0 / 120');
    await page.click('#play');
    await page.waitForSelector('#app[data-state="done"]', { timeout: 60_000 });

    expect(await tick(page)).toBe(120);
    expect(await page.textContent('#status')).toBe('Month 120 / 120');
    for (const id of ['#ts-effectiveness', '#ts-efficiency']) {
      expect((await page.getAttribute(id, 'd'))?.length ?? 0).toBeGreaterThan(100);
    }
    expect(await page.isDisabled('#play')).toBe(true);

    const node = await expected(1);
    expect(await tableColumn(page, 'collective_effectiveness')).toEqual(Array.from(node.columns.collective_effectiveness));
    expect(await tableColumn(page, 'organisational_efficiency')).toEqual(Array.from(node.columns.organisational_efficiency));
    const markers = await page.$$eval('#ts-events .event-marker', (els) => els.map((el) => Number(el.getAttribute('data-tick'))));
    expect(markers).toEqual([...new Set(node.events.map((event) => event.tick))]);
    const summary = await page.textContent('#summary');
    expect(summary).toContain(`Lifetime: ${node.summary.lifetime} months`);
    expect(summary).toContain(`survived: ${node.summary.survived ? 'yes' : 'no'}`);
    expect(summary).toContain(`mean members: ${node.summary.mean_members.toFixed(1)}`);
  });

  it('steps, plays and pauses from the keyboard, and resets with another seed', async () => {
    const page = await open();
    await page.click('#step');
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-tick') === '1');
    expect(await state(page)).toBe('paused');

    await page.locator('body').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => Number(document.querySelector('#app')?.getAttribute('data-tick')) > 3);
    await page.keyboard.press('Space');
    await page.waitForSelector('#app[data-state="paused"]');
    const stopped = await tick(page);
    await page.waitForTimeout(200);
    expect(await tick(page)).toBe(stopped);

    await page.fill('#seed', '2');
    await page.press('#seed', 'Enter');
    await page.waitForSelector('#app[data-state="ready"][data-tick="0"]');
    expect(await page.$$eval('#data-table tbody tr', (rows) => rows.length)).toBe(0);
    // Space typed into the seed field is not a play command.
    await page.press('#seed', 'Space');
    expect(await state(page)).toBe('ready');

    await page.click('#play');
    await page.waitForSelector('#app[data-state="done"]', { timeout: 60_000 });
    const node = await expected(2);
    expect(await tableColumn(page, 'collective_effectiveness')).toEqual(Array.from(node.columns.collective_effectiveness));
  });

  it('switches to French', async () => {
    const page = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.selectOption('#language', 'fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toBe('Interstice – un simulateur de partenariats');
    expect(await page.textContent('#play')).toBe('Lancer');
    expect(await page.textContent('#step')).toBe('Un mois');
    expect(await page.textContent('#reset')).toBe('Recommencer');
    expect(await page.textContent('label[for="seed"]')).toBe('Graine');
    expect(await page.textContent('#status')).toBe('Mois 0 / 120');
    expect(await page.textContent('#ts-title')).toBe('Efficacité collective et efficience organisationnelle');
    expect(await page.textContent('#ts-x-label')).toBe('Temps (mois)');
    await page.click('#play');
    expect(await page.textContent('#play')).toBe('Pause');
  });

  it('starts in French when the browser prefers it', async () => {
    const page = await open('fr-CA');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.inputValue('#language')).toBe('fr');
    expect(await page.textContent('#play')).toBe('Lancer');
  });
});
