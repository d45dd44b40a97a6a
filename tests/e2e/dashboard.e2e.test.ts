/**
 * The classroom dashboard in Chromium: every chart fills as a run plays; a live event
 * shows as a marker and changes the run exactly as the engine says; a shared link
 * replays the identical run in a new page; bad links and bad files are refused with a
 * visible message while the app keeps working; compare mode; downloads; keyboard only.
 * Any console error, page error or CSP violation fails the test that caused it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSimulation, toCsv, validateScenario, runScenario } from '../../sim/index';
import { checkCode, encodeLink } from '../../viz/app/shareUrl';
import { done, downloadText, nodeRun, ready, scenarioFile, screenshot, useSite, state, stepTo, tableColumn, tick, type Site } from './site';

let site: Site;

useSite((started) => (site = started));

const CHARTS = ['headline', 'outcome', 'phase', 'membership', 'grid', 'network'] as const;

async function playToEnd(page: Page, speed = 'max'): Promise<void> {
  await page.selectOption('#speed', speed);
  await page.click('#play');
  await done(page);
}

/** Nothing in flight, and two animation frames drawn since: the page shows the last month the engine sent. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#step:not([disabled])');
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

describe('the dashboard', () => {
  it('fills every chart as the default scenario plays, each with a title, caption and its export buttons', async () => {
    const page = await site.open({ viewport: { width: 1400, height: 1000 } });
    await ready(page);
    expect(await page.isHidden('figure[data-chart="compare"]')).toBe(true);
    await playToEnd(page, 'fast');
    for (const chart of CHARTS) {
      const figure = `figure[data-chart="${chart}"]`;
      const rows = Number(await page.getAttribute(`${figure} svg`, 'data-ticks'));
      expect([chart, rows]).toEqual([chart, chart === 'network' ? 60 : 120]);
      expect((await page.textContent(`${figure} svg > title`))?.length).toBeGreaterThan(10);
      expect((await page.textContent(`${figure} figcaption`))?.length).toBeGreaterThan(50);
      expect(await page.isEnabled(`${figure} button[data-download="png"]`)).toBe(true);
    }
    expect(await page.getAttribute('#phase-now', 'data-tick')).toBe('120');
    expect(await page.$$eval('#members-bands path[d]', (paths) => paths.length)).toBeGreaterThan(0);
    const node = await nodeRun('default', 1);
    expect(
      Number(
        await page.$eval('#grid-cells', (cells) =>
          [...cells.querySelectorAll('.cell')].reduce((sum, cell) => sum + Number(cell.getAttribute('data-months')), 0),
        ),
      ),
    ).toBe(Object.values(node.summary.grid_time).reduce((a, b) => a + b, 0));
    expect(await page.getAttribute('#network', 'data-members')).toBe(String(node.columns.members[119]));
    expect(await page.$$eval('#network-nodes .node', (nodes) => nodes.length)).toBe(60);
    await screenshot(page, 'dashboard-done');
  });

  it('shows a live event as a marker at the next month, and the run follows the engine with that event', async () => {
    const page = await site.open();
    await ready(page);
    await stepTo(page, 12);
    await page.selectOption('#cut-order', 'P');
    await page.click('#event-budget_cut');
    // The default scenario has no leader: "Leader leaves" cannot act, and says why.
    expect(await page.getAttribute('#event-leader_leaves', 'aria-disabled')).toBe('true');
    expect(await page.getAttribute('#event-leader_leaves', 'title')).toBe('No leader in this run now: nobody to leave.');
    // Focusable, and described by its reason for screen readers.
    expect(await page.textContent('#event-leader_leaves-reason')).toBe('No leader in this run now: nobody to leave.');
    expect(await page.getAttribute('#event-funding_ends', 'aria-disabled')).toBe('true');
    expect(await page.getAttribute('#event-crisis', 'aria-disabled')).toBeNull();
    // A keyboard user reaches it and presses it: nothing happens.
    await page.focus('#event-leader_leaves');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-leader_leaves');
    await page.keyboard.press('Enter');
    expect(await page.textContent('#live-list')).toContain('Month 13: budget cut (P) …');
    await playToEnd(page);

    const live = await page.$$eval('#ts-events .event-marker.live', (els) =>
      els.map((el) => [el.getAttribute('data-tick'), el.querySelector('title')?.textContent]),
    );
    expect(live).toEqual([['13', '13: budget cut (P)']]);
    expect(await page.textContent('#event-list')).toContain('Month 13: budget cut (P) (live)');
    expect(await page.$$eval('#live-list li', (items) => items.map((li) => li.textContent))).toEqual(['Month 13: budget cut (P)']);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain('ev=13~budget_cut~P');

    const sim = createSimulation(await scenarioFile('default'), 1);
    sim.run(12);
    sim.inject({ type: 'budget_cut', order: 'P' });
    sim.run();
    const shown = await tableColumn(page, 'organisational_efficiency');
    expect(shown).toEqual(Array.from(sim.columns().organisational_efficiency));
    const without = (await nodeRun('default', 1)).columns.organisational_efficiency;
    expect(shown.slice(0, 12)).toEqual(Array.from(without.slice(0, 12)));
    expect(shown.slice(12)).not.toEqual(Array.from(without.slice(12)));
    await screenshot(page, 'live-event');
  });

  it('replays the identical run from a shared link in a new page: scenario, settings, seed, live events and language', async () => {
    const page = await site.open();
    await ready(page);
    await page.selectOption('#scenario-picker', 'fragile-coalition');
    await page.waitForFunction(() => document.querySelector('#scenario-title')?.textContent === 'A fragile voluntary coalition');
    await page.selectOption('#setting-A-action-leadership', 'facilitative');
    await page.fill('#seed', '7');
    await page.press('#seed', 'Enter');
    await page.waitForSelector('#app[data-state="ready"]');
    await page.waitForFunction(() => location.hash.includes('seed=7') && location.hash.includes('facilitative'));
    await stepTo(page, 10);
    await page.click('#event-leader_leaves');
    await page.selectOption('#language', 'fr');
    await playToEnd(page);
    const link = await page.inputValue('#share-link');
    expect(link).toBe(await page.evaluate(() => location.href));
    const original = await tableColumn(page, 'collective_effectiveness');

    const copy = await site.open({ hash: link.slice(link.indexOf('#') + 1) });
    await ready(copy);
    expect(await copy.getAttribute('html', 'lang')).toBe('fr');
    expect(await copy.inputValue('#scenario-picker')).toBe('fragile-coalition');
    expect(await copy.inputValue('#setting-A-action-leadership')).toBe('facilitative');
    expect(await copy.inputValue('#seed')).toBe('7');
    expect(await copy.textContent('#live-list')).toContain('Mois 11 : départ du leader');
    await playToEnd(copy);
    expect(await tableColumn(copy, 'collective_effectiveness')).toEqual(original);
    expect(await copy.textContent('#summary')).toBe(await page.textContent('#summary'));
    expect(await copy.$$eval('#ts-events .event-marker.live', (els) => els.map((el) => el.getAttribute('data-tick')))).toEqual(['11']);
  });

  it('sets a model constant in the advanced part: the run is the command line’s with that --set, and a shared link carries it', async () => {
    const scenario = await scenarioFile('default');
    const page = await site.open();
    await ready(page);
    expect(await page.isVisible('#setting-A-model-trust-loss')).toBe(false);
    await page.click('#advanced-settings > summary');
    // The form shows the model's default (the scenario's model section, filled with defaults).
    expect(await page.inputValue('#setting-A-model-trust-loss')).toBe(String(scenario.model.trust.loss));
    expect(scenario.model.trust.loss).not.toBe(0.16);
    await page.fill('#setting-A-model-trust-loss', '0.16');
    await page.press('#setting-A-model-trust-loss', 'Enter');
    await page.waitForFunction(() => location.hash.includes('model.trust.loss'));
    await ready(page);
    await playToEnd(page);
    const shown = await tableColumn(page, 'organisational_efficiency');
    const expected = runScenario({ ...scenario, model: { ...scenario.model, trust: { ...scenario.model.trust, loss: 0.16 } } }, 1).columns
      .organisational_efficiency;
    expect(shown).toEqual(Array.from(expected));
    expect(shown).not.toEqual(Array.from((await nodeRun('default', 1)).columns.organisational_efficiency));

    const copy = await site.open({ hash: page.url().slice(page.url().indexOf('#') + 1) });
    await ready(copy);
    expect(await copy.inputValue('#setting-A-model-trust-loss')).toBe('0.16');
    await playToEnd(copy);
    expect(await tableColumn(copy, 'organisational_efficiency')).toEqual(shown);
  });

  it('refuses a changed or cut link with a visible message, runs nothing from it and shows the default scenario', async () => {
    const setup = { source: { kind: 'bundled' as const, id: 'steward' }, seed: 3, overrides: {}, compare: null, live: [] };
    const good = await encodeLink(setup, 'en');
    for (const hash of [good.replace('seed=3', 'seed=4'), good.slice(0, -3)]) {
      const page = await site.open({ hash });
      await ready(page);
      expect(await page.isVisible('#link-error')).toBe(true);
      expect(await page.textContent('#link-error')).toMatch(/was changed or cut short/);
      expect(await page.inputValue('#scenario-picker')).toBe('default');
      expect(await page.inputValue('#seed')).toBe('1');
    }
    // A well-formed link carrying markup: shown as text, never as HTML.
    const name = '<img src=x onerror="document.title=1">.json';
    const markup = await encodeLink(
      { ...setup, source: { kind: 'file', name, text: JSON.stringify({ meta: { title: { en: '<b id="bold">bold</b>' } } }) } },
      'en',
    );
    const page = await site.open({ hash: markup });
    await ready(page);
    expect(await page.textContent('#scenario-picker option:checked')).toBe(`Your file: ${name}`);
    expect(await page.textContent('#scenario-title')).toBe('<b id="bold">bold</b>');
    expect(await page.$$('img, #bold')).toHaveLength(0);
    expect(await page.title()).toBe('Interstice – a partnership simulator');
    // A well-signed link with a part that is not allowed.
    const body = 'v=1&sc=default&seed=1&set=meta.title=%22x%22';
    const bad = await site.open({ hash: `${body}&h=${checkCode(body)}` });
    await ready(bad);
    expect(await bad.textContent('#link-error')).toMatch(/malformed/);
    await screenshot(bad, 'bad-link');
    // Well-signed links that used to leave "Starting the engine…" forever: a setting nested
    // 8,000 levels deep, and a scenario file nested as deep. Both get a message; the page works.
    const deepBody = `v=1&sc=default&seed=1&set=meta.title=${encodeURIComponent(`${'['.repeat(8000)}${']'.repeat(8000)}`)}`;
    const deep = await site.open({ hash: `${deepBody}&h=${checkCode(deepBody)}` });
    await ready(deep);
    expect(await deep.textContent('#link-error')).toMatch(/malformed/);
    expect(await deep.inputValue('#scenario-picker')).toBe('default');
    const deepFile = await encodeLink(
      { ...setup, source: { kind: 'file', name: 'deep.json', text: `{"meta": ${'['.repeat(8000)}${']'.repeat(8000)}}` } },
      'en',
    );
    const deepPage = await site.open({ hash: deepFile });
    await ready(deepPage);
    expect(await deepPage.textContent('#link-error')).toMatch(/the scenario it carries is not valid/);
    expect(await deepPage.inputValue('#scenario-picker')).toBe('default');
    await deepPage.selectOption('#speed', 'max');
    await deepPage.click('#play');
    await done(deepPage);
  });

  it('lists the problems of a malformed scenario file by path and keeps the current run working', async () => {
    const page = await site.open();
    await ready(page);
    const text = '{\n  "ticks": 0,\n  "action": { "governance": "council", "stewart": true }\n}\n';
    await page.setInputFiles('#scenario-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForSelector('#issues:not([hidden])');
    const issues = await page.$$eval('#issue-list li', (items) => items.map((li) => li.textContent));
    expect(issues).toEqual([
      'broken.json:2:12 ticks: expected a number >= 1, received 0',
      'broken.json:3:29 action.governance: expected one of "shared" | "lead" | "nao", received "council"',
      'broken.json:3:51 action.stewart: expected a known field (did you mean "steward"?), received unknown field "stewart"',
    ]);
    expect(await state(page)).toBe('ready');
    expect(await page.inputValue('#scenario-picker')).toBe('default');
    // In French, the same problems in French (what the user wrote stays as written).
    await page.selectOption('#language', 'fr');
    expect(await page.$$eval('#issue-list li', (items) => items.map((li) => li.textContent))).toEqual([
      'broken.json:2:12 ticks : attendu un nombre ≥ 1, reçu 0',
      'broken.json:3:29 action.governance : attendu l’une des valeurs "shared" | "lead" | "nao", reçu "council"',
      'broken.json:3:51 action.stewart : attendu un champ connu (vouliez-vous dire « steward » ?), reçu le champ inconnu « stewart »',
    ]);
    await page.selectOption('#language', 'en');
    await page.setInputFiles('#scenario-file', { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "ticks": 12,, }') });
    await page.waitForFunction(() => document.querySelector('#issue-list li')?.textContent?.startsWith('not-json.json:1:'));
    expect(await page.textContent('#issue-list li')).toContain('expected valid JSON');
    await screenshot(page, 'malformed-file');
    await playToEnd(page);
    expect(await tick(page)).toBe(120);

    // A good file dropped on the page replaces the run (and clears the problems).
    const good = JSON.stringify({ meta: { title: { en: 'Dropped scenario', fr: 'Scénario déposé' } }, ticks: 24, action: { steward: true } });
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, good);
    await page.waitForFunction(() => document.querySelector('#scenario-title')?.textContent === 'Dropped scenario');
    expect(await page.isHidden('#issues')).toBe(true);
    expect(await page.isHidden('#drop-overlay')).toBe(true);
    expect(await page.textContent('#status')).toBe('Month 0 / 24');
    expect(await page.isVisible('#network-steward')).toBe(true);
  });

  it('compares the same seed under two settings, and downloads both runs as the command line writes them', async () => {
    const page = await site.open({ viewport: { width: 1400, height: 1000 } });
    await ready(page);
    // Run B's controls (sliders included) are shown only when comparing.
    const runB = () => page.$$eval('#settings .setting-row:not(.setting-head) .run-b', (cells) => cells.map((c) => getComputedStyle(c).display));
    const oneRun = await runB();
    expect(oneRun.length).toBeGreaterThan(10);
    expect(oneRun.filter((display) => display !== 'none')).toEqual([]);
    await page.check('#compare-toggle');
    await page.waitForSelector('#setting-B-action-leadership', { state: 'visible' });
    expect((await runB()).filter((display) => display === 'none')).toEqual([]);
    await page.selectOption('#setting-B-action-leadership', 'facilitative');
    await page.waitForFunction(() => location.hash.includes('b=action.leadership'));
    expect(await page.$$eval('#settings .differs', (rows) => rows.map((row) => (row as HTMLElement).dataset.path))).toEqual(['action.leadership']);
    await playToEnd(page);
    expect(await page.isVisible('figure[data-chart="compare"]')).toBe(true);
    for (const id of ['a-effectiveness', 'b-effectiveness', 'a-efficiency', 'b-efficiency'])
      expect((await page.getAttribute(`#compare-${id}`, 'd'))?.length).toBeGreaterThan(100);
    expect(await page.$$eval('#compare-table tbody tr', (rows) => rows.length)).toBe(6);
    // What differs is named: the legend, the summary's column, and a B − A column.
    expect(await page.textContent('#compare-legend')).toContain('Run B: Leadership = Facilitative');
    expect(await page.$$eval('#compare-table thead th', (cells) => cells.map((c) => c.textContent))).toEqual([
      'Measure',
      'Run A',
      'Run B: Leadership = Facilitative',
      'B − A',
    ]);
    expect(await page.textContent('#members-b-title')).toBe('Members by order, joins and leaves — Run B: Leadership = Facilitative');

    const a = await nodeRun('default', 1);
    const raw = JSON.parse(await readFile('scenarios/default.json', 'utf8'));
    const scenarioB = validateScenario({ ...raw, action: { ...raw.action, leadership: 'facilitative' } });
    if (!scenarioB.ok) throw new Error('invalid');
    const b = runScenario(scenarioB.scenario, 1);
    const csvA = await downloadText(page, '#download-csv');
    const csvB = await downloadText(page, '#download-csv-b');
    expect(csvA.name).toBe('interstice-default-seed1.csv');
    expect(csvA.text).toBe(toCsv(a.columns, a.events));
    expect(csvB.name).toBe('interstice-default-seed1-B-leadership-facilitative.csv');
    expect(csvB.text).toBe(toCsv(b.columns, b.events));
    const json = await downloadText(page, '#download-scenario-b');
    expect(JSON.parse(json.text).action.leadership).toBe('facilitative');
    await screenshot(page, 'compare');
  });

  it('downloads charts as SVG and PNG', async () => {
    const page = await site.open();
    await ready(page);
    await playToEnd(page);
    const svg = await downloadText(page, 'figure[data-chart="headline"] button[data-download="svg"]');
    expect(svg.name).toBe('interstice-headline-default-seed1.svg');
    expect(svg.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg id="ts" [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.text).toContain('<title id="ts-title">Collective effectiveness and organisational efficiency</title>');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('figure[data-chart="network"] button[data-download="png"]')]);
    expect(download.suggestedFilename()).toBe('interstice-network-default-seed1.png');
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 1120]);
  });

  it('shows a readable message and a restart button when the engine worker crashes, and restarts the same run', async () => {
    const page = await site.open();
    await ready(page);
    await stepTo(page, 3);
    const before = page.url();
    // An exception thrown inside the worker, outside any call: what a bug in the engine would do.
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    await worker!.evaluate(() =>
      setTimeout(() => {
        throw new Error('simulated engine failure');
      }, 0),
    );
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/The engine stopped: .*simulated engine failure.*Restart the simulator/);
    expect(await page.isVisible('#restart')).toBe(true);
    // The page itself still answers.
    await page.selectOption('#speed', 'slow');
    await screenshot(page, 'engine-crash');
    await Promise.all([page.waitForEvent('load'), page.click('#restart')]);
    await ready(page);
    expect(page.url()).toBe(before);
    expect(await page.isHidden('#error')).toBe(true);
    expect(await page.isHidden('#restart')).toBe(true);
    await stepTo(page, 2);
    // The crash was the test's own doing: only that error may have been reported.
    expect((await site.finish()).filter((problem) => !/simulated engine failure/.test(problem))).toEqual([]);
  });

  it('works from the keyboard alone, and every control has a name', async () => {
    const page = await site.open();
    await ready(page);
    const unnamed = await page.$$eval('input, select, button, textarea', (els) =>
      els
        .filter(
          (el) =>
            !(el as HTMLElement).hidden &&
            !(el as HTMLInputElement).labels?.length &&
            !el.getAttribute('aria-label') &&
            !el.getAttribute('aria-labelledby') &&
            !el.textContent?.trim(),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);

    /** Presses Tab until `selector` has focus (and fails after 80 presses). */
    const tabTo = async (selector: string) => {
      for (let k = 0; k < 80; k++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await tabTo('#scenario-picker');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLSelectElement>('#scenario-picker')?.value !== 'default' &&
        document.querySelector('#app')?.getAttribute('data-state') === 'ready',
    );
    await tabTo('#play');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Number(document.querySelector('#app')?.getAttribute('data-tick')) > 2);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#app[data-state="paused"]');
    // A month already asked for when Pause was pressed still arrives: wait until nothing is in
    // flight and the page has drawn the last month it received (drawing waits for an animation
    // frame, which a busy machine delays), so that the month read here is the engine's.
    await settled(page);
    const at = await tick(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`#app[data-tick="${at + 1}"]`);
    await settled(page);
    await tabTo('#event-crisis');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`#app[data-tick="${at + 2}"]`);
    expect(await page.getAttribute('#ts-events .event-marker.live', 'data-tick')).toBe(String(at + 2));
    await tabTo('#language');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    // Space plays and pauses wherever it has no meaning of its own.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await page.waitForSelector('#app[data-state="playing"]');
    await page.keyboard.press('Space');
    await page.waitForSelector('#app:not([data-state="playing"])');
    await screenshot(page, 'keyboard');
  });
});
