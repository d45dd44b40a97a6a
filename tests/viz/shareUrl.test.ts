/** Shared links: a run survives the round trip exactly; a changed, cut or malformed link is refused. */
import { describe, expect, it } from 'vitest';
import { checkCode, decodeLink, deflateText, encodeLink, fromBase64Url, inflateText, toBase64Url } from '../../viz/app/shareUrl';
import type { RunSetup } from '../../viz/app/setup';

const known = (id: string) => ['default', 'steward'].includes(id);

const setup: RunSetup = {
  source: { kind: 'bundled', id: 'default' },
  seed: 4_000_000_000,
  overrides: { 'action.leadership': 'facilitative', 'action.instruments': ['pooled_fund', 'shared_data'], 'action.funding.ends_at': null },
  compare: { 'action.steward': true },
  live: [
    { tick: 12, event: { type: 'budget_cut', order: 'P' } },
    { tick: 40, event: { type: 'crisis', magnitude: 0.25 } },
  ],
};

/** The link with one parameter's value replaced, its check code left as it was. */
function tampered(fragment: string, key: string, value: string): string {
  return fragment.replace(new RegExp(`(^|&)${key}=[^&]*`), `$1${key}=${value}`);
}

describe('shared links', () => {
  it('carry a bundled scenario, its settings, compare mode, seed, live events and language', async () => {
    const fragment = await encodeLink(setup, 'fr');
    expect(fragment).toMatch(/^v=1&sc=default&seed=4000000000&lang=fr&set=/);
    expect(await decodeLink(`#${fragment}`, known)).toEqual({ ok: true, setup, lang: 'fr' });
  });

  it('carry a scenario file whole, compressed, and give back the same text', async () => {
    const text = JSON.stringify({ meta: { title: { en: '<img src=x onerror=alert(1)>' } }, ticks: 24 }, null, 2);
    const file: RunSetup = { source: { kind: 'file', name: 'my <b>scenario</b>.json', text }, seed: 3, overrides: {}, compare: null, live: [] };
    const fragment = await encodeLink(file, 'en');
    const decoded = await decodeLink(fragment, known);
    expect(decoded).toEqual({ ok: true, setup: file, lang: 'en' });
  });

  it("carry a class's decisions (a classroom journal) exactly, and refuse malformed ones", async () => {
    const played: RunSetup = {
      ...setup,
      compare: null,
      played: [
        {
          tick: 1,
          decisions: [
            { organisation: 3, choice: 'climb' },
            { organisation: 40, choice: 'join' },
          ],
        },
        {
          tick: 7,
          decisions: [
            { organisation: 3, choice: 'leave' },
            { organisation: 12, choice: 'stay_out' },
            { organisation: 0, choice: 'step_down' },
          ],
        },
      ],
    };
    const fragment = await encodeLink(played, 'en');
    expect(await decodeLink(fragment, known)).toEqual({ ok: true, setup: played, lang: 'en' });
    for (const bad of ['[[1,[[3,6]]]]', '[[2,[]],[2,[]]]', '[[0,[]]]', '{"a":1}', '[[1,[[-1,0]]]]', 'not json']) {
      const body = `v=1&sc=default&seed=1&pd=${await deflateText(bad)}`;
      expect(await decodeLink(signed(body), known), bad).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('refuse a link whose content was changed or cut short', async () => {
    const fragment = await encodeLink(setup, 'en');
    expect(await decodeLink(tampered(fragment, 'seed', '5'), known)).toEqual({ ok: false, problem: 'checksum' });
    expect(await decodeLink(fragment.slice(0, fragment.length - 1), known)).toEqual({ ok: false, problem: 'checksum' });
    expect(await decodeLink(fragment.slice(0, fragment.indexOf('&ev=')), known)).toEqual({ ok: false, problem: 'checksum' });
    expect(await decodeLink('', known)).toEqual({ ok: false, problem: 'checksum' });
  });

  /** A link rebuilt with a valid check code around a bad part: the parts are checked one by one. */
  const signed = (body: string) => `${body}&h=${checkCode(body)}`;

  it('refuse well-signed links with bad parts, naming the problem', async () => {
    const cases: [string, string][] = [
      ['v=2&sc=default&seed=1', 'version'],
      ['v=1&sc=nothing&seed=1', 'scenario'],
      ['v=1&sc=default&seed=-1', 'format'],
      ['v=1&sc=default&seed=99999999999', 'format'],
      ['v=1&sc=default&seed=1&lang=de', 'format'],
      ['v=1&sc=default&seed=1&set=__proto__.polluted=1', 'format'],
      ['v=1&sc=default&seed=1&set=action.governance=nao&set=action.governance=lead', 'format'],
      ['v=1&sc=default&seed=1&set=action.governance=nao}', 'format'],
      ['v=1&sc=default&seed=1&ev=12~absorption', 'format'],
      ['v=1&sc=default&seed=1&ev=0~crisis', 'format'],
      ['v=1&sc=default&seed=1&ev=5~budget_cut~X', 'format'],
      ['v=1&sc=default&seed=1&ev=5~crisis~~2', 'format'],
      ['v=1&sc=default&seed=1&b=action.steward=true', 'format'],
      ['v=1&sc=default&seed=1&script=1', 'format'],
      ['v=1&sc=default&f=AAAA&seed=1', 'format'],
      ['v=1&f=not*base64&seed=1', 'file'],
      ['v=1&f=AAAA&seed=1', 'file'],
      // A value nested 8,000 levels deep (it used to leave the page "Starting the engine…" forever), duplicate and reserved keys.
      [`v=1&sc=default&seed=1&set=meta.title=${encodeURIComponent(`${'['.repeat(8000)}${']'.repeat(8000)}`)}`, 'format'],
      [`v=1&sc=default&seed=1&set=meta.title=${encodeURIComponent('{"en":"a","en":"b"}')}`, 'format'],
      [`v=1&sc=default&seed=1&set=meta.title=${encodeURIComponent('{"en":"a","__proto__":{}}')}`, 'format'],
    ];
    for (const [body, problem] of cases) expect([body, await decodeLink(signed(body), known)]).toEqual([body, { ok: false, problem }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse a compressed scenario that would inflate beyond the limit', async () => {
    const bomb = await deflateText(' '.repeat(3_000_000));
    expect(bomb.length).toBeLessThan(10_000);
    await expect(inflateText(bomb)).rejects.toThrow(/too large/);
    expect(await decodeLink(signed(`v=1&f=${bomb}&seed=1`), known)).toEqual({ ok: false, problem: 'file' });
  });

  it('write base64url without padding and read it back', () => {
    const bytes = Uint8Array.from([0, 251, 255, 62, 63, 1]);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(text)).toEqual(bytes);
    expect(() => fromBase64Url('a')).toThrow();
  });
});
