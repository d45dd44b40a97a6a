/**
 * The analyst view in Chromium: the 2 × 2 governance sweep (steward × facilitative
 * leadership, 50 paired replications of the default scenario) defined in the form runs in
 * the page's pool of Web Workers with no main-thread task over 50 ms and draws every
 * chart and table; the sweep downloaded as JSON is the design of
 * scenarios/sweeps/governance-2x2.json (the command line gives the same files for both);
 * the page's files are byte for byte the command line's (see the note on that test); a
 * long sweep cancels at once and leaves no worker behind; problems are named before
 * anything runs.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_DIR, downloadText, ready, screenshot, startSite, type Site } from './site';
import { defineSweep, openAnalysis, runSweep } from './analysisPage';

const FILES = ['runs.csv', 'ticks.csv', 'settings.csv', 'survival.csv', 'differences.csv', 'sensitivity.csv', 'sobol.csv'];
let site: Site;
let dir: string;
/** The files the page wrote for the governance sweep, by name. */
const pageFiles = new Map<string, string>();

/** `npm run -s sim -- sweep <file> --out <out>`, as an analyst types it. */
function cliSweep(file: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sim/cli/bin.ts', 'sweep', file, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`sim sweep exited ${code}: ${stderr}`))));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'interstice-analysis-'));
  [site] = await Promise.all([startSite(), cliSweep('scenarios/sweeps/governance-2x2.json', join(dir, 'cli'))]);
});

afterEach(async () => {
  expect(await site.finish()).toEqual([]);
});

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the analyst view', () => {
  it('runs the 2 × 2 governance sweep defined in the form, draws its charts, and gives the design the command line runs', async () => {
    const page = await site.open({ viewport: { width: 1400, height: 1000 } });
    await ready(page);
    await openAnalysis(page);
    await defineSweep(page, {
      title: 'Steward × facilitative leadership, classroom baseline',
      factors: ['action.steward', 'action.leadership'],
      replications: 50,
    });
    expect(await page.textContent('#sweep-size')).toBe('4 settings × 50 replications = 200 runs');
    const started = Date.now();
    await runSweep(page);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `browser sweep: 200 runs in ${seconds.toFixed(2)} s with ${await page.inputValue('#sweep-workers')} workers (${(200 / seconds).toFixed(0)} runs/s, drawing included); ${await page.textContent('#sweep-status')}`,
    );
    expect(await page.getAttribute('#analysis', 'data-workers')).toBe('0');

    for (const name of FILES) {
      const file = await downloadText(page, `#results-files button[data-file="${name}"]`);
      // Named after the sweep's title, so two sweeps' files do not overwrite each other.
      expect(file.name).toBe(`steward-facilitative-leadership-classroo-${name}`);
      pageFiles.set(name, file.text);
    }
    // The page's files have the command line's shape: same header, rows in the same order, same settings and seeds.
    const cliRuns = (await readFile(join(dir, 'cli', 'runs.csv'), 'utf8')).split('\n');
    const pageRuns = pageFiles.get('runs.csv')!.split('\n');
    expect(pageRuns.map((row) => row.split(',').slice(0, 5).join(','))).toEqual(cliRuns.map((row) => row.split(',').slice(0, 5).join(',')));

    // Every chart and table shows the sweep: four settings, three compared with the first, two factors ranked for each outcome.
    expect(await page.$$eval('#sweep-bands .series.mean', (paths) => paths.length)).toBe(4);
    expect(await page.$$eval('#sweep-survival .series.curve', (paths) => paths.length)).toBe(4);
    expect(await page.$$eval('#sweep-forest .row', (rows) => rows.map((row) => row.getAttribute('data-setting')))).toEqual(['s001', 's002', 's003']);
    expect(await page.$$eval('#results-sensitivity tbody tr', (rows) => rows.length)).toBe(14);
    expect(await page.$$eval('#results-settings tbody tr', (rows) => rows.map((row) => row.getAttribute('data-setting')))).toEqual([
      's000',
      's001',
      's002',
      's003',
    ]);
    for (const chart of ['bands', 'survival', 'forest'])
      expect((await page.textContent(`#analysis figure[data-chart="${chart}"] figcaption`))!.length).toBeGreaterThan(100);
    // The survival curves carry their 95% bands.
    expect(await page.$$eval('#sweep-survival .band', (bands) => bands.length)).toBe(4);
    // Settings shown: a box each; unticking one draws one curve fewer.
    expect(await page.$$eval('#results-shown input', (boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([true, true, true, true]);
    await page.uncheck('#results-shown input[value="s003"]');
    await page.waitForFunction(() => document.querySelectorAll('#sweep-survival .series.curve').length === 3);
    await page.check('#results-shown input[value="s003"]');
    await page.waitForFunction(() => document.querySelectorAll('#sweep-survival .series.curve').length === 4);
    // No text of the three charts runs off its chart.
    const clipped = await page.$$eval('#analysis figure.chart svg', (svgs) =>
      svgs.flatMap((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return t.textContent !== '' && (r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1);
          })
          .map((t) => `${svg.id}: ${t.textContent}`);
      }),
    );
    expect(clipped).toEqual([]);
    await page.selectOption('#results-metric', 'members');
    await page.waitForFunction(() => document.querySelector('#sweep-bands-title')?.textContent?.startsWith('Members (organisations)'));
    const svg = await downloadText(page, '#analysis figure[data-chart="forest"] button[data-download="svg"]');
    expect(svg.name).toBe('steward-facilitative-leadership-classroo-forest-lifetime.svg');
    expect(svg.text).toContain('<title id="sweep-forest-title">Lifetime (months to the first dissolution): paired differences from the first setting</title>');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#analysis figure[data-chart="survival"] button[data-download="png"]')]);
    expect([...(await readFile((await png.path())!)).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    await screenshot(page, 'analysis-done');

    // The same design, downloaded, runs on the command line to the files of scenarios/sweeps/governance-2x2.json.
    const sweep = await downloadText(page, '#sweep-download');
    expect(sweep.name).toBe('steward-facilitative-leadership-classroo.json');
    await writeFile(join(dir, 'from-browser.json'), sweep.text);
    await cliSweep(join(dir, 'from-browser.json'), join(dir, 'again'));
    for (const name of FILES) expect(await readFile(join(dir, 'again', name), 'utf8'), name).toBe(await readFile(join(dir, 'cli', name), 'utf8'));
  });

  // The engine's elementary functions come from sim/math.ts (arithmetic only), so Chromium
  // and Node compute the same bits: Math.exp/log/cos/pow differ between their libms.
  it('writes byte for byte the files the command line writes for scenarios/sweeps/governance-2x2.json', async () => {
    expect(pageFiles.size).toBe(FILES.length);
    for (const name of FILES) expect(pageFiles.get(name), name).toBe(await readFile(join(dir, 'cli', name), 'utf8'));
  });

  it('opens the command line’s sweep file in the form and runs it to the command line’s files; names what it cannot open', async () => {
    const page = await site.open({ viewport: { width: 1400, height: 1000 } });
    await ready(page);
    await openAnalysis(page);
    await page.setInputFiles('#sweep-file', 'scenarios/sweeps/governance-2x2.json');
    await page.waitForFunction(() => document.querySelector('#sweep-status')?.textContent?.startsWith('governance-2x2.json opened'));
    expect(await page.inputValue('#sweep-title')).toBe('Steward × facilitative leadership, classroom baseline');
    expect(await page.inputValue('#sweep-base')).toBe('bundled:default');
    expect(await page.$$eval('#sweep-factors li.factor', (rows) => rows.map((row) => (row as HTMLElement).dataset.path))).toEqual([
      'action.steward',
      'action.leadership',
    ]);
    expect(await page.textContent('#sweep-size')).toBe('4 settings × 50 replications = 200 runs');
    await runSweep(page);
    for (const name of FILES)
      expect((await downloadText(page, `#results-files button[data-file="${name}"]`)).text, name).toBe(await readFile(join(dir, 'cli', name), 'utf8'));

    // A sweep whose base scenario is a file of the analyst's computer: named, and the form keeps the sweep it holds.
    const elsewhere = JSON.stringify({ scenario: '/home/me/my-coalition.json', factors: { 'action.governance': ['shared', 'nao'] } });
    await page.setInputFiles('#sweep-file', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(elsewhere) });
    await page.waitForSelector('#sweep-issues:not([hidden])');
    expect(await page.textContent('#sweep-issues-title')).toBe('mine.json cannot be opened here:');
    expect(await page.textContent('#sweep-issue-list li')).toMatch(/^scenario: “\/home\/me\/my-coalition\.json” is a file the page cannot open/);
    expect(await page.$$eval('#sweep-factors li.factor', (rows) => rows.length)).toBe(2);
    await screenshot(page, 'analysis-sweep-file');

    // A sweep file dropped on the page while the analyst view is shown opens there, not in the simulator.
    const inline = JSON.stringify({ title: 'Dropped', scenario: { ticks: 24 }, factors: { 'action.governance': ['nao', 'shared'] }, replications: 3 });
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped-sweep.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, inline);
    expect(await page.textContent('#drop-overlay')).toBe('Drop the sweep file to open it');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped-sweep.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, inline);
    await page.waitForFunction(() => document.querySelector('#sweep-status')?.textContent?.startsWith('dropped-sweep.json opened'));
    expect(await page.isHidden('#sweep-issues')).toBe(true);
    expect(await page.inputValue('#sweep-base')).toBe('file');
    expect(await page.textContent('#sweep-size')).toBe('2 settings × 3 replications = 6 runs');
    await page.click('#view-simulator');
    expect(await page.textContent('#drop-overlay')).toBe('Drop the scenario file to load it');
  });

  it('runs a Sobol design and a Morris design chosen in the form: indices drawn, μ* with its interval, the command line’s files', async () => {
    const page = await site.open({ viewport: { width: 1400, height: 1000 } });
    await ready(page);
    await openAnalysis(page);
    await page.fill('#sweep-title', 'Exit rate and steward, Sobol');
    await page.selectOption('#sweep-design', 'sobol');
    await page.fill('#sweep-design-size', '8');
    await defineSweep(page, { factors: ['behaviour.exit_rate', 'action.steward'], replications: 2 });
    const row = '#sweep-factors li.factor[data-path="behaviour.exit_rate"]';
    await page.selectOption(`${row} select.mode`, 'range');
    expect(await page.$(`${row} input.steps`)).toBeNull();
    await page.fill(`${row} input.from`, '0.01');
    await page.fill(`${row} input.to`, '0.2');
    await page.fill('#sweep-ticks', '36');
    expect(await page.textContent(`${row} .levels`)).toBe('drawn between 0.01 and 0.2');
    expect(await page.textContent('#sweep-size')).toBe('32 settings × 2 replications = 64 runs');
    await runSweep(page);

    expect(await page.isVisible('#analysis figure[data-chart="sobol"]')).toBe(true);
    expect(await page.$$eval('#sweep-sobol .row', (rows) => rows.map((r) => r.getAttribute('data-factor')))).toEqual(['behaviour.exit_rate', 'action.steward']);
    // Lifetime (the first outcome) may not vary in 36 months (no variance, no index: nothing drawn); effectiveness does.
    await page.selectOption('#results-outcome', 'cumulative_effectiveness');
    await page.waitForFunction(() => document.querySelector('#sweep-sobol-title')?.textContent?.startsWith('Cumulative'));
    expect(await page.$$eval('#sweep-sobol .point', (marks) => marks.length)).toBe(4);
    expect(await page.isVisible('#forest-none')).toBe(true);
    expect(await page.textContent('#sensitivity-none')).toMatch(/^A Sobol design ranks factors by their indices/);
    const clipped = await page.$eval('#sweep-sobol', (svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return t.textContent !== '' && (r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1);
        })
        .map((t) => t.textContent);
    });
    expect(clipped).toEqual([]);
    await page.locator('#analysis figure[data-chart="sobol"]').screenshot({ path: join(OUTPUT_DIR, 'analysis-sobol.png') });
    const sobolCsv = await downloadText(page, '#results-files button[data-file="sobol.csv"]');
    expect(sobolCsv.name).toBe('exit-rate-and-steward-sobol-sobol.csv');
    const sweep = await downloadText(page, '#sweep-download');
    expect(JSON.parse(sweep.text).design).toEqual({ type: 'sobol', samples: 8 });
    await writeFile(join(dir, 'sobol.json'), sweep.text);
    await cliSweep(join(dir, 'sobol.json'), join(dir, 'sobol-cli'));
    expect(sobolCsv.text).toBe(await readFile(join(dir, 'sobol-cli', 'sobol.csv'), 'utf8'));

    // The same factors screened with Morris: μ* gets its bootstrap interval column.
    await page.selectOption('#sweep-design', 'morris');
    await page.fill('#sweep-design-size', '4');
    expect(await page.textContent('#sweep-size')).toBe('12 settings × 2 replications = 24 runs');
    await runSweep(page);
    await page.waitForFunction(() => document.querySelector('#results-summary')?.textContent?.includes('12 settings'));
    await page.waitForFunction(() => [...document.querySelectorAll('#results-sensitivity thead th')].some((th) => th.textContent === 'μ* 95% interval'));
    expect(await page.$$eval('#results-sensitivity tbody tr', (rows) => rows.length)).toBe(14);
    expect(await page.isHidden('#analysis figure[data-chart="sobol"]')).toBe(true);
  });

  it('cancels a long sweep at once, terminating every worker and discarding its runs, then runs another', async () => {
    const page = await site.open();
    await ready(page);
    await openAnalysis(page);
    await defineSweep(page, { factors: ['action.governance'], replications: 5000 });
    await page.click('#sweep-run');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#analysis')?.dataset.done) > 0);
    expect(await page.getAttribute('#analysis', 'data-state')).toBe('running');
    expect(Number(await page.getAttribute('#analysis', 'data-workers'))).toBeGreaterThan(1);
    expect(await page.textContent('#sweep-status')).toMatch(/^\d+ \/ 15000 runs · \d+ runs\/s · about .+ left$/);
    await page.click('#sweep-cancel');
    await page.waitForSelector('#analysis[data-state="cancelled"]');
    const done = await page.getAttribute('#analysis', 'data-done');
    expect(Number(done)).toBeLessThan(15000);
    expect(await page.getAttribute('#analysis', 'data-workers')).toBe('0');
    expect(await page.textContent('#sweep-status')).toBe(
      `Cancelled after ${done} of 15000 runs. The partial results were discarded: nothing below comes from this sweep.`,
    );
    expect(await page.isHidden('#results-body')).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.getAttribute('#analysis', 'data-done')).toBe(done);

    await page.fill('#sweep-replications', '2');
    await runSweep(page);
    expect(await page.getAttribute('#analysis', 'data-done')).toBe('6');
    expect(await page.$$eval('#sweep-bands .series.mean', (paths) => paths.length)).toBe(3);
  });

  it('names the problems of a sweep before running it, in the form and as the command line validates it', async () => {
    const page = await site.open({ locale: 'fr-CA' });
    await ready(page);
    await openAnalysis(page);
    expect(await page.textContent('#view-analysis')).toBe('Analyser');
    await defineSweep(page, { factors: ['action.nao_capacity'], replications: 3 });
    await page.fill('#sweep-factors li.factor input.list', '2 trois');
    await page.click('#sweep-run');
    await page.waitForSelector('#sweep-issues:not([hidden])');
    expect(await page.$$eval('#sweep-issue-list li', (items) => items.map((li) => li.textContent))).toEqual([
      'Capacité de l’OAR : « trois » n’est pas un nombre.',
    ]);
    await page.fill('#sweep-factors li.factor input.list', '2 0');
    expect(await page.textContent('#sweep-factors li.factor .levels')).toBe('2 valeurs : 2 · 0');
    await page.click('#sweep-run');
    await page.waitForSelector('#analysis[data-state="invalid"]');
    expect(await page.textContent('#sweep-issue-list li')).toBe(
      'balayage (scénario) (paramétrage action.nao_capacity=0) action.nao_capacity : attendu un nombre ≥ 1, reçu 0',
    );
    expect(await page.getAttribute('#analysis', 'data-workers')).toBe('0');
    await screenshot(page, 'analysis-problems');
  });
});
