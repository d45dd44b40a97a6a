/**
 * A download that fails because the disk is full loses nothing: the browser reports the
 * failure, the page keeps the run and keeps working, and once there is room the same
 * button gives the complete file (byte-identical to the command line's). The full disk is
 * a real one: Chromium's download folder is a 64 KiB tmpfs, too small for the run's CSV,
 * then remounted larger (needs root and mount, as in CI; skipped with the reason otherwise).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { encodeLink } from '../../viz/app/shareUrl';
import { runScenario, toCsv, validateScenario } from '../../sim/index';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { done, ready, scenarioFile, tableColumn } from './site';

const HORIZON = 2400;
const folder = mkdtempSync(join(tmpdir(), 'interstice-downloads-'));
const mount = (size: string) => spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder], { encoding: 'utf8' });
const unmount = () => spawnSync('umount', [folder], { encoding: 'utf8' });
const mounted = mount('64k');
const cannotMount = mounted.status === 0 ? undefined : `cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()})`;

let server: PreviewServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (cannotMount) return;
  server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir: inject('distDir') },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, downloadsPath: folder });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (!cannotMount) unmount();
  rmSync(folder, { recursive: true, force: true });
});

it.skipIf(cannotMount !== undefined)(
  `keeps the run when a download fails on a full disk, and downloads it whole once there is room${cannotMount ? ` (skipped: ${cannotMount})` : ''}`,
  async () => {
    const context = await browser!.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    const hash = await encodeLink({ source: { kind: 'bundled', id: 'default' }, seed: 3, overrides: { ticks: HORIZON }, compare: null, live: [] }, 'en');
    await page.goto(`${server!.resolvedUrls!.local[0]}#${hash}`);
    await ready(page);
    await page.selectOption('#speed', 'max');
    await page.click('#play');
    await done(page);
    const checked = validateScenario({ ...(await scenarioFile('default')), ticks: HORIZON });
    if (!checked.ok) throw new Error('invalid scenario');
    const node = runScenario(checked.scenario, 3);
    const expected = toCsv(node.columns, node.events);
    expect(expected.length).toBeGreaterThan(4 * 64 * 1024);

    // The disk is full: the browser says so; the page has lost nothing.
    const [failing] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const failure = await failing.failure();
    console.log(`download on a full disk: ${failure}`);
    expect(failure).toBeTruthy();
    expect(await page.getAttribute('#app', 'data-state')).toBe('done');
    expect(await page.getAttribute('#app', 'data-tick')).toBe(String(HORIZON));
    expect((await tableColumn(page, 'collective_effectiveness')).length).toBeGreaterThan(0);

    // Room again (a larger disk at the same place): the same button gives the whole file.
    expect(unmount().status).toBe(0);
    expect(mount('16m').status).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    expect(await download.failure()).toBeNull();
    expect(readFileSync((await download.path())!, 'utf8')).toBe(expected);
    // And the page still runs.
    await page.click('#reset');
    await ready(page);
    expect(problems).toEqual([]);
    await context.close();
  },
);
