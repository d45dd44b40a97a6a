// @vitest-environment jsdom
/**
 * The classroom's markup and texts: the control bar holds everything a run needs (so it can
 * stay in view), the scenario's Info panel and pair, the language selector of every page,
 * settings named in words for compare mode, and the charts' drawing size for a projector.
 */
import { readFileSync } from 'node:fs';
const bundled = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => ({ name: f, raw: JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as unknown }));
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../viz/app/i18n';
import { describeSettings, valueText } from '../../viz/app/settingText';
import { MIN_CHART_UNITS, chartSize } from '../../viz/app/display';
import { isSettingPath } from '../../viz/app/setup';
import { LIVE_EVENT_TYPES } from '../../viz/app/i18n';
import { readdirSync } from 'node:fs';
import { parseScenario } from '../../sim';
import { controlOutline } from './controlOutline';
import { pageHtml } from './pageHtml';

const html = pageHtml();

describe('the control bar', () => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const bar = doc.getElementById('control-bar')!;

  it('holds Play, Step, Reset, seed, speed, the month, the story, every live event and the chart chooser', () => {
    for (const id of ['play', 'step', 'reset', 'seed', 'speed', 'status', 'story', 'cut-order', ...LIVE_EVENT_TYPES.map((type) => `event-${type}`)]) {
      expect(bar.querySelector(`#${id}`), id).not.toBeNull();
    }
    expect([...bar.querySelectorAll<HTMLButtonElement>('.chart-chooser button')].map((b) => b.dataset.show)).toEqual([
      'membership',
      'outcome',
      'phase',
      'grid',
      'network',
      'compare',
      'membershipB',
      'gridB',
      'networkB',
    ]);
  });

  it('offers the stored controls, names and starting states (control bar, scenario panel, display toggles)', async () => {
    const outline = [bar, doc.getElementById('scenario-section')!, doc.querySelector('.display-toggles')!].map(controlOutline).join('\n');
    await expect(`${outline}\n`).toMatchFileSnapshot('__snapshots__/classroom.txt');
  });
});

describe('the language selector (viz/views/language.html, on every page)', () => {
  // The simulator names the label through data-i18n (viz/app/pageTexts.ts), the classroom's pages by its id (viz/classroom).
  it.each(['index.html', 'host.html', 'play.html'] as const)('%s offers English and French, its label named both ways', (page) => {
    const doc = new DOMParser().parseFromString(pageHtml(page), 'text/html');
    const label = doc.querySelector<HTMLLabelElement>('label[for="language"]')!;
    expect([label.id, label.dataset.i18n]).toEqual(['language-label', 'language']);
    expect([...doc.querySelectorAll<HTMLOptionElement>('#language option')].map((option) => option.value)).toEqual(['en', 'fr']);
  });
});

describe('settings in words', () => {
  it('names run B by what differs, in each language', () => {
    expect(describeSettings(DICTIONARIES.en, 'en', { 'action.leadership': 'none' })).toBe('Leadership = None');
    expect(describeSettings(DICTIONARIES.fr, 'fr', { 'action.leadership': 'facilitative', 'action.steward': true })).toBe(
      'Leadership = Facilitateur; Instance responsable = oui'
        .replace('Leadership', DICTIONARIES.fr.settingLabels['action.leadership']!)
        .replace('Instance responsable', DICTIONARIES.fr.settingLabels['action.steward']!)
        .replace('Facilitateur', DICTIONARIES.fr.enumLabels.facilitative!),
    );
    expect(valueText(DICTIONARIES.en, 'en', [])).toBe('none');
    expect(valueText(DICTIONARIES.en, 'en', null)).toBe('never');
    expect(valueText(DICTIONARIES.fr, 'fr', 0.25)).toBe('0,25');
    expect(describeSettings(DICTIONARIES.en, 'en', { 'model.trust.loss': 0.16 })).toBe('trust.loss = 0.16');
  });

  it('every bundled scenario with a pair names settings the page can set, and its pair is a valid scenario that differs', () => {
    let pairs = 0;
    for (const { name, raw } of bundled) {
      const compare = (raw as { meta?: { compare?: Record<string, unknown> } }).meta?.compare;
      if (!compare) continue;
      pairs++;
      for (const path of Object.keys(compare)) expect(isSettingPath(path), `${name}: ${path}`).toBe(true);
      const b = structuredClone(raw) as Record<string, Record<string, unknown>>;
      for (const [path, value] of Object.entries(compare)) {
        const keys = path.split('.');
        let node: Record<string, unknown> = b;
        for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
        expect(node[keys.at(-1)!], `${name}: ${path} differs`).not.toEqual(value);
        node[keys.at(-1)!] = value;
      }
      expect(parseScenario(JSON.stringify(b), name).ok, name).toBe(true);
    }
    expect(pairs).toBeGreaterThanOrEqual(18);
  });
});

describe('chart size for a projector', () => {
  it('draws in holder / 1.6 units (2 with larger text) while the chart keeps at least the minimum width; never below scale 1', () => {
    const presentation = { presentation: true, largerText: false };
    expect(chartSize(600, 500, { presentation: false, largerText: false })).toBeUndefined();
    const size = chartSize(612, 500, presentation)!;
    expect(612 / size.width).toBeGreaterThanOrEqual(1.6);
    expect(size.width).toBeGreaterThanOrEqual(MIN_CHART_UNITS);
    const larger = chartSize(1000, 600, { presentation: true, largerText: true })!;
    expect(1000 / larger.width).toBeGreaterThanOrEqual(2);
    // Narrow: the chart keeps its minimum width, the text is as large as fits.
    const narrow = chartSize(420, 300, presentation)!;
    expect(narrow.width).toBeGreaterThanOrEqual(MIN_CHART_UNITS);
    expect(chartSize(300, 200, presentation)).toEqual({ width: 300, height: 200 });
  });
});
