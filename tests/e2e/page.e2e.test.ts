/**
 * The page, built and served as it ships (vite build + vite preview), in Chromium: a run
 * played to the end shows exactly the numbers the engine gives in Node for the same
 * scenario and seed, the controls work from the keyboard, and French replaces the English
 * texts. Any console error, page error or CSP violation fails the test that caused it.
 */
import { describe, expect, it } from 'vitest';
import { done, nodeRun, ready, screenshot, useSite, state, tableColumn, tick, type Site } from './site';

let site: Site;

useSite((started) => (site = started));

describe('the page', () => {
  it('loads with a Content-Security-Policy and plays the default scenario to month 120 with the numbers the engine gives in Node', async () => {
    const page = await site.open();
    await ready(page);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toMatch(/script-src 'self';/);
    // The same policy as a header (with frame-ancestors, which a meta tag cannot carry), as `npm run preview` serves it.
    const response = await page.request.get(site.url);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self';.*; frame-ancestors 'self'$/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(await page.textContent('h1')).toBe('Interstice');
    expect(await page.textContent('#status')).toBe('Month 0 / 120');
    // Slow is the default (a pace to talk over); the test plays at maximum speed.
    expect(await page.inputValue('#speed')).toBe('slow');
    await page.selectOption('#speed', 'max');
    await page.click('#play');
    await done(page);

    expect(await tick(page)).toBe(120);
    expect(await page.textContent('#status')).toBe('Month 120 / 120');
    for (const id of ['#ts-effectiveness', '#ts-efficiency']) {
      expect((await page.getAttribute(id, 'd'))?.length ?? 0).toBeGreaterThan(100);
    }
    expect(await page.isDisabled('#play')).toBe(true);

    const node = await nodeRun('default', 1);
    expect(await tableColumn(page, 'collective_effectiveness')).toEqual(Array.from(node.columns.collective_effectiveness));
    expect(await tableColumn(page, 'organisational_efficiency')).toEqual(Array.from(node.columns.organisational_efficiency));
    const markers = await page.$$eval('#ts-events .event-marker', (els) => els.map((el) => Number(el.getAttribute('data-tick'))));
    // Events that found nothing to act on stay out of the chart, as out of the CSV.
    expect(markers).toEqual([...new Set(node.events.filter((event) => !event.noEffect).map((event) => event.tick))]);
    const summary = await page.textContent('#summary');
    expect(summary).toContain(`Lifetime: ${node.summary.lifetime} months`);
    expect(summary).toContain(`survived: ${node.summary.survived ? 'yes' : 'no'}`);
    expect(summary).toContain(`mean members: ${node.summary.mean_members.toFixed(1)}`);
    await screenshot(page, 'default-run-done');
  });

  it('steps, plays and pauses from the keyboard, and resets with another seed', async () => {
    const page = await site.open();
    await ready(page);
    await page.click('#step');
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-tick') === '1');
    expect(await state(page)).toBe('paused');

    // Away from the Step button: Space on a focused button presses that button.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#app')?.getAttribute('data-tick') === '2');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => Number(document.querySelector('#app')?.getAttribute('data-tick')) > 4);
    await page.keyboard.press('Space');
    await page.waitForSelector('#app[data-state="paused"]');
    // A month already asked for when Pause was pressed still arrives: wait until nothing is in flight.
    await page.waitForSelector('#step:not([disabled])');
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

    await page.selectOption('#speed', 'max');
    await page.click('#play');
    await done(page);
    const node = await nodeRun('default', 2);
    expect(await tableColumn(page, 'collective_effectiveness')).toEqual(Array.from(node.columns.collective_effectiveness));
  });

  it('switches to French: controls, status, chart labels and the scenario’s lesson', async () => {
    const page = await site.open();
    await ready(page);
    const lessonEn = await page.textContent('#scenario-lesson');
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
    expect(await page.textContent('#members-title')).toBe('Membres par ordre, adhésions et départs');
    expect(await page.textContent('label[for="setting-A-action-governance"]')).toBe('Gouvernance');
    const lessonFr = await page.textContent('#scenario-lesson');
    expect(lessonFr).toMatch(/^Laissé à lui-même/);
    expect(lessonFr).not.toBe(lessonEn);
    expect(await page.evaluate(() => location.hash)).toContain('lang=fr');
    await page.click('#play');
    expect(await page.textContent('#play')).toBe('Pause');
    await screenshot(page, 'french');
  });

  it('starts in French when the browser prefers it', async () => {
    const page = await site.open({ locale: 'fr-CA' });
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.inputValue('#language')).toBe('fr');
    expect(await page.textContent('#play')).toBe('Lancer');
  });
});
