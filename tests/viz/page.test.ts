// @vitest-environment jsdom
/**
 * The simulator page without a browser: the real markup, engines that are the plain engine
 * API behind promises, and a fake host (address bar, clipboard, animation frames fired by
 * hand). A change is checked once, by the load that starts its run; a refused change leaves
 * the run and the address as they were.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../viz/app/app';
import type { Engine } from '../../viz/app/engine';
import type { PageHost } from '../../viz/app/host';
import { createEngineApi } from '../../sim/worker/api';
import { encodeLink } from '../../viz/app/shareUrl';
import { pageBody } from './pageHtml';

/** Every engine call by method name. */
let calls: string[] = [];
let frames: FrameRequestCallback[] = [];
let fragment = '';
let fragmentListeners: (() => void)[] = [];

function fakeEngine(): Engine {
  const api = createEngineApi();
  return new Proxy(api, {
    get:
      (target, key) =>
      async (...args: unknown[]) => {
        calls.push(String(key));
        await new Promise((resolve) => setTimeout(resolve, 0));
        return structuredClone((target[key as keyof typeof target] as (...a: unknown[]) => unknown).apply(target, args));
      },
  }) as unknown as Engine;
}

const host: PageHost = {
  href: () => `http://page.test/#${fragment}`,
  fragment: () => fragment,
  replaceFragment: (next) => void (fragment = next),
  onFragmentChange: (listener) => void fragmentListeners.push(listener),
  reload: () => {},
  copy: () => undefined,
  requestAnimationFrame: (callback) => void frames.push(callback),
};

/** Lets the engines answer and the frames asked for run, until the page is quiet. */
async function settle(): Promise<void> {
  for (let k = 0; k < 50; k++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const due = frames;
    frames = [];
    for (const callback of due) callback(k * 16.7);
  }
}

const app = (): HTMLElement => document.getElementById('app')!;

let page: App;
beforeEach(async () => {
  document.body.innerHTML = pageBody();
  calls = [];
  frames = [];
  fragment = '';
  fragmentListeners = [];
  const engines = [fakeEngine(), fakeEngine()];
  page = createApp(document, (k) => engines[k]!, 'en', host);
  await page.start('');
  await settle();
});

describe('the page', () => {
  it('loads the default scenario with one engine call that checks and starts it, and writes the run in the address', () => {
    expect(app().dataset.state).toBe('ready');
    expect(calls.filter((name) => name === 'load' || name === 'check')).toEqual(['load']);
    expect(fragment).toMatch(/sc=default/);
    expect(document.getElementById('status')?.textContent).toBe('Month 0 / 120');
  });

  it('steps a month and restarts at another seed, checked once', async () => {
    document.getElementById('step')!.click();
    await settle();
    expect(app().dataset.tick).toBe('1');
    calls = [];
    const seed = document.getElementById('seed') as HTMLInputElement;
    seed.value = '7';
    seed.dispatchEvent(new Event('change'));
    await settle();
    expect(app().dataset.state).toBe('ready');
    expect(app().dataset.tick).toBe('0');
    expect(calls.filter((name) => name === 'load' || name === 'check')).toEqual(['load']);
    expect(fragment).toMatch(/seed=7/);
  });

  it('refuses a setting the scenario cannot take: said under the field, the run and the address kept', async () => {
    document.getElementById('step')!.click();
    await settle();
    const before = fragment;
    const ticks = document.getElementById('setting-A-ticks') as HTMLInputElement;
    ticks.value = '0';
    ticks.dispatchEvent(new Event('change'));
    await settle();
    expect(document.getElementById('setting-A-ticks-problem')?.textContent).toMatch(/^Horizon.*expected a number >= 1, received 0/);
    expect(app().dataset.tick).toBe('1');
    expect(fragment).toBe(before);
    // The run goes on from where it was.
    document.getElementById('step')!.click();
    await settle();
    expect(app().dataset.tick).toBe('2');
  });

  it('opens a link pasted in the address bar: its scenario, settings, seed and language, the source checked once apart from its settings', async () => {
    const setup = { source: { kind: 'bundled' as const, id: 'steward' }, seed: 3, overrides: { ticks: 24 }, compare: null, live: [] };
    calls = [];
    fragment = await encodeLink(setup, 'fr');
    for (const listener of fragmentListeners) listener();
    await settle();
    expect(page.language()).toBe('fr');
    expect((document.getElementById('scenario-picker') as HTMLSelectElement).value).toBe('steward');
    expect((document.getElementById('seed') as HTMLInputElement).value).toBe('3');
    expect(document.getElementById('status')?.textContent).toBe('Mois 0 / 24');
    // The scenario as written (what settings are compared with), then run A with its setting.
    expect(calls.filter((name) => name === 'load' || name === 'check')).toEqual(['check', 'load']);
  });
});
