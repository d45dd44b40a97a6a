/**
 * The classroom on a projector: on a first visit at 1280×800, 1920×1080 and 1280×800 zoomed
 * to 150 %, the headline chart, the membership chart, Play and the live-event buttons are
 * all in the viewport without scrolling, and the charts' text is the size a projector
 * needs; the fragile coalition, played at its recommended seed, shows its dissolution on
 * the headline chart and in the story line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { done, ready, screenshot, startSite, stepTo, type Site } from './site';
import { runScenario } from '../../sim';
import { loadScenarioFile } from '../../scripts/validation/report';

let site: Site;
beforeAll(async () => {
  site = await startSite();
}, 120_000);
afterAll(async () => {
  await site?.close();
});

type Box = { x: number; y: number; width: number; height: number };

async function boxes(page: Page): Promise<Record<string, Box | null>> {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const out: Record<string, { x: number; y: number; width: number; height: number } | null> = {
      headline: box('figure[data-chart="headline"] .chart-holder'),
      membership: box('figure[data-chart="membership"] .chart-holder'),
      play: box('#play'),
    };
    for (const button of document.querySelectorAll('.live-buttons button')) out[button.id] = box(`#${button.id}`);
    return out;
  });
}

/** Rendered size (CSS px) of the smallest axis tick, legend and title text of a chart. */
async function fontSizes(page: Page, chart: string): Promise<{ tick: number; legend: number; title: number }> {
  return page.evaluate((key) => {
    const svg = document.querySelector<SVGSVGElement>(`figure[data-chart="${key}"] svg`)!;
    const scale = svg.getScreenCTM()!.a;
    const smallest = (selector: string) =>
      Math.min(
        ...[...svg.querySelectorAll<SVGTextElement>(selector)].filter((t) => t.textContent !== '').map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
      );
    return { tick: smallest('.axis .tick text'), legend: smallest('.legend text'), title: smallest('.chart-title') };
  }, chart);
}

describe('the presentation layout', () => {
  for (const { name, viewport, deviceScaleFactor, fonts } of [
    { name: '1280×800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, fonts: true },
    { name: '1920×1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, fonts: true },
    // The browser zoomed to 150 % on a 1280×800 screen: a page 853×533 CSS px wide, drawn at 1.5 device px each.
    { name: '1280×800 at 150 % zoom', viewport: { width: 853, height: 533 }, deviceScaleFactor: 1.5, fonts: false },
  ]) {
    it(`${name}: headline, membership, Play and every live event in view without scrolling${fonts ? '; ticks ≥ 16 px, legends ≥ 18 px, titles ≥ 22 px' : ''}`, async () => {
      const page = await site.open({ viewport, deviceScaleFactor, layout: 'first visit' });
      await ready(page);
      // At 853 px wide the page does not choose the presentation layout by itself: the instructor presses it.
      if (viewport.width < 1280) await page.click('#layout-toggle');
      expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
      await page.waitForFunction(() => document.querySelector('figure[data-chart="membership"] svg') !== null);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await screenshot(page, `presentation-${viewport.width}x${viewport.height}${deviceScaleFactor > 1 ? '-zoom150' : ''}`);
      const shown = await boxes(page);
      expect(Object.keys(shown).length).toBe(3 + 5);
      for (const [what, box] of Object.entries(shown)) {
        expect(box, what).not.toBeNull();
        expect(box!.width, what).toBeGreaterThan(0);
        expect(box!.x, what).toBeGreaterThanOrEqual(0);
        expect(box!.y, what).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${what} right edge`).toBeLessThanOrEqual(viewport.width);
        expect(box!.y + box!.height, `${what} bottom edge`).toBeLessThanOrEqual(viewport.height);
      }
      // Side by side, the headline first.
      expect(shown.membership!.x).toBeGreaterThan(shown.headline!.x + shown.headline!.width - 1);
      if (fonts) {
        for (const chart of ['headline', 'membership']) {
          const sizes = await fontSizes(page, chart);
          expect(sizes.tick, `${chart} ticks`).toBeGreaterThanOrEqual(16);
          expect(sizes.legend, `${chart} legend`).toBeGreaterThanOrEqual(18);
          expect(sizes.title, `${chart} title`).toBeGreaterThanOrEqual(22);
        }
      }
      expect(await site.finish()).toEqual([]);
    });
  }

  it('is remembered, and the classic layout stays one click away', async () => {
    const page = await site.open({ viewport: { width: 1280, height: 800 }, layout: 'first visit' });
    await ready(page);
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.classList.contains('presentation'))).toBe(false);
    await page.reload();
    await ready(page);
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    // Larger text: the chart's ticks grow.
    await page.click('#layout-toggle');
    const before = await fontSizes(page, 'headline');
    await page.click('#text-toggle');
    await page.waitForFunction((size) => {
      const svg = document.querySelector<SVGSVGElement>('figure[data-chart="headline"] svg');
      const tick = svg?.querySelector<SVGTextElement>('.axis .tick text');
      return svg && tick ? parseFloat(getComputedStyle(tick).fontSize) * svg.getScreenCTM()!.a > size : false;
    }, before.tick);
    expect(await site.finish()).toEqual([]);
  });
});

describe('the story of a run', () => {
  it('plays fragile-coalition at its recommended seed: the dissolution is marked and labelled on the headline chart and told in the story line', async () => {
    const scenario = loadScenarioFile('fragile-coalition.json');
    const seed = scenario.meta.recommended_seed!;
    const node = runScenario(scenario, seed);
    const dissolvedAt = node.columns.tick[Array.from(node.columns.alive).indexOf(0)]!;
    expect(node.summary.dissolved).toBe(true);
    const page = await site.open({ viewport: { width: 1280, height: 800 }, layout: 'first visit' });
    await ready(page);
    await page.selectOption('#scenario-picker', 'fragile-coalition');
    await page.waitForFunction(() => location.hash.includes('fragile-coalition'));
    await ready(page);
    expect(await page.inputValue('#seed')).toBe(String(seed));
    // Month by month up to the dissolution (stepping, so that no frame skips it on a busy machine): told as it happens.
    await stepTo(page, dissolvedAt - 1);
    expect(await page.textContent('#story')).not.toContain('dissolved');
    await stepTo(page, dissolvedAt);
    await page.waitForFunction(() => /dissolved/.test(document.querySelector('#story')?.textContent ?? ''));
    expect(await page.textContent('#story')).toContain(`Month ${dissolvedAt}: the partnership dissolved`);
    // The line keeps a turn of the story for a year, then says how things stand.
    await page.selectOption('#speed', 'max');
    await page.click('#play');
    await done(page);
    const alive = Array.from(node.columns.alive);
    if (!alive.slice(alive.indexOf(0)).includes(1)) expect(await page.textContent('#story')).toBe(`No partnership since month ${dissolvedAt}`);
    const marker = page.locator(`figure[data-chart="headline"] .event-marker.story[data-tick="${dissolvedAt}"]`);
    expect(await marker.getAttribute('data-types')).toContain('dissolved');
    expect(await marker.locator('.marker-label').textContent()).toContain('partnership dissolved');
    // The membership chart marks it too, and the list under the headline names it.
    expect(await page.locator(`figure[data-chart="membership"] .event-marker.story[data-tick="${dissolvedAt}"]`).count()).toBe(1);
    expect(await page.locator('#event-list li.story').first().textContent()).toContain(`Month ${dissolvedAt}: partnership dissolved`);
    // What the room sees (docs/browser.md shows it), in both languages.
    await screenshot(page, 'presentation-fragile-coalition', false);
    await page.selectOption('#language', 'fr');
    await page.waitForFunction(
      (tick) =>
        document
          .querySelector(`figure[data-chart="headline"] .event-marker.story[data-tick="${tick}"] .marker-label`)
          ?.textContent?.includes('partenariat dissous') ?? false,
      dissolvedAt,
    );
    await screenshot(page, 'presentation-fragile-coalition-fr', false);
    expect(await site.finish()).toEqual([]);
  });
});

describe('settings where people expect them', () => {
  it('explains a refused value next to its field, by its label, in the page’s language, and keeps what was typed; sliders set the main settings', async () => {
    const page = await site.open({ viewport: { width: 1280, height: 800 } });
    await ready(page);
    await page.fill('#setting-A-ticks', '-5');
    await page.press('#setting-A-ticks', 'Enter');
    const problem = page.locator('#setting-A-ticks-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/^Horizon: expected .*, received -5\. The run is unchanged/);
    expect(await page.inputValue('#setting-A-ticks')).toBe('-5');
    expect(await page.getAttribute('#setting-A-ticks', 'aria-invalid')).toBe('true');
    // The run is the one before (120 months), and correcting the value clears the problem.
    expect(await page.getAttribute('#status', 'data-horizon')).toBe('120');
    await page.fill('#setting-A-ticks', '60');
    await page.press('#setting-A-ticks', 'Enter');
    await page.waitForFunction(() => document.querySelector('#status')?.getAttribute('data-horizon') === '60');
    expect(await problem.count()).toBe(0);

    // In French, with the French label and decimal comma.
    await page.selectOption('#language', 'fr');
    await page.fill('#setting-A-action-target_specificity', '2.5');
    await page.press('#setting-A-action-target_specificity', 'Enter');
    const french = page.locator('#setting-A-action-target_specificity-problem');
    await french.waitFor();
    expect(await french.textContent()).toMatch(/^Spécificité des cibles : attendu .*, reçu 2,5\. La simulation reste inchangée/);

    // A slider beside the typed entry: dragging to its end sets the value.
    await page.fill('#setting-A-action-target_specificity', '0.5');
    await page.press('#setting-A-action-target_specificity', 'Enter');
    await page.waitForFunction(() => !document.querySelector('#setting-A-action-target_specificity-problem'));
    await page.focus('#setting-A-action-target_specificity-slider');
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.hash.includes('action.target_specificity'));
    expect(await page.inputValue('#setting-A-action-target_specificity')).toBe('1');
    expect(await site.finish()).toEqual([]);
  });
});

describe('French done properly', () => {
  /** English words that have no business in the French page (scenario paths and file names aside). */
  const ENGLISH =
    /\b(the|and|with|without|months?|members?|runs?|partnership|effectiveness|efficiency|settings?|events?|seed|speed|play|step|reset|crisis|funding|turnover|shared|none|never|yes|share|download|compare|chart|outcome|state|private|third|sector|live|scenario|lesson|things|try)\b/i;

  it('has no English left in the page’s texts, tooltips, labels and charts once in French, with a run played, compare mode on and a problem shown', async () => {
    const page = await site.open({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.selectOption('#scenario-picker', 'seed-funding-ends');
    await page.waitForFunction(() => location.hash.includes('seed-funding-ends'));
    await ready(page);
    await page.click('#compare-pair');
    await page.waitForFunction(
      () => document.querySelector('#compare-toggle') instanceof HTMLInputElement && (document.querySelector('#compare-toggle') as HTMLInputElement).checked,
    );
    await ready(page);
    await page.selectOption('#speed', 'max');
    await page.click('#play');
    await done(page);
    await page.fill('#setting-A-ticks', '-5');
    await page.press('#setting-A-ticks', 'Enter');
    await page.locator('#setting-A-ticks-problem').waitFor();
    const leftovers = await page.evaluate((source) => {
      const english = new RegExp(source, 'i');
      const found: string[] = [];
      const app = document.querySelector('#app')!;
      const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A command to type is not prose to translate.
        const text = (node.textContent ?? '').replace(/npm run .*/g, '');
        const parent = node.parentElement;
        // Not what the user or the scenario wrote: file names, the share link, model constant paths, option values shown as paths.
        if (!parent || parent.closest('option[value=""], .settings-group .setting-label, #share-link, script, style')) continue;
        if (english.test(text)) found.push(`${parent.tagName.toLowerCase()}${parent.id ? `#${parent.id}` : ''}: ${text.trim().slice(0, 80)}`);
      }
      for (const el of app.querySelectorAll('[title], [aria-label], [placeholder]')) {
        for (const attribute of ['title', 'aria-label', 'placeholder']) {
          const value = el.getAttribute(attribute);
          if (value && english.test(value)) found.push(`${el.tagName.toLowerCase()}[${attribute}]: ${value.slice(0, 80)}`);
        }
      }
      return found;
    }, ENGLISH.source);
    expect(leftovers).toEqual([]);
    expect(await site.finish()).toEqual([]);
  });
});

describe('the scenario in the page', () => {
  it('edits the current scenario as JSON with completion, hover docs and the command line’s problems in both languages, then runs it as the command line would', async () => {
    const page = await site.open({ viewport: { width: 1280, height: 900 } });
    await ready(page);
    await page.click('#editor-panel > summary');
    const editor = page.locator('#editor-host .cm-content');
    await editor.waitFor();
    expect(await page.textContent('#editor-status')).toBe('No problems: the scenario can run.');
    // The current run's scenario, as its file holds it.
    expect(await editor.textContent()).toContain('"title": {');

    // A student replaces it with a short scenario and a typo in a value.
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('{\n  "ticks": 60,\n  "action": {\n    "governance": "sharde"\n  }\n}\n');
    const governance = page.locator('#editor-host .cm-line', { hasText: '"governance"' });
    await page.waitForFunction(() => document.querySelector('#editor-status')?.textContent?.startsWith('1 problem'));
    await page.waitForSelector('#editor-host .cm-lintRange-error');
    await page.hover('#editor-host .cm-lintRange-error');
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/action\.governance: expected one of "shared" \| "lead" \| "nao", received "sharde"/);
    // Running refuses it; the run on the page stays.
    await page.click('#editor-run');
    expect(await page.inputValue('#scenario-picker')).toBe('default');

    // In French, the same problem in French.
    await page.selectOption('#language', 'fr');
    await page.waitForFunction(() => document.querySelector('#editor-status')?.textContent?.startsWith('1 problème'));

    // Completion: the values the schema allows for the field.
    await governance.click();
    await page.keyboard.press('End');
    for (let k = 0; k < '"sharde"'.length; k++) await page.keyboard.press('Backspace');
    await page.keyboard.type('"');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(expect.arrayContaining(['"shared"', '"lead"', '"nao"']));
    await page.keyboard.press('Escape');
    await page.keyboard.type('nao"');
    await page.waitForFunction(() => document.querySelector('#editor-status')?.textContent?.startsWith('Aucun problème'));

    // Hover a field: its meaning in the page's language.
    const word = await page.evaluate(() => {
      const lines = [...document.querySelector('#editor-host')!.shadowRoot!.querySelectorAll('.cm-line')];
      const line = lines.find((l) => l.textContent?.includes('"governance"'))!;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('governance');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 3);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    });
    expect(word).not.toBeNull();
    await page.mouse.move(word!.x, word!.y);
    const hover = page.locator('.editor-hover');
    await hover.waitFor();
    expect(await hover.textContent()).toMatch(/^Mode de gouvernance/);

    // Run it: the page runs the edited file, as the command line would.
    await page.click('#editor-run');
    await page.waitForFunction(() => (document.querySelector('#scenario-picker') as HTMLSelectElement).value === '');
    await ready(page);
    expect(await page.inputValue('#setting-A-action-governance')).toBe('nao');
    expect(await page.getAttribute('#status', 'data-horizon')).toBe('60');
    expect(await site.finish()).toEqual([]);
  });
});
