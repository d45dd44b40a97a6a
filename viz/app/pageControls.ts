/**
 * The page's controls, each turned into an action for the page (page.ts): the run's
 * controls and keys, the scenario's, and sharing and downloads. Listeners only read what
 * the control says; what it changes is the page's business.
 */
import { isLanguage, type Speed } from './i18n';
import { nextSpeed } from './speeds';
import { MAX_SEED, isSeed } from './setup';
import { watchScenarioFiles } from './fileInput';
import { installKeyboard } from './keyboard';
import { exportRun, exportScenario } from './pageExports';
import type { Action } from './pageState';
import type { Page } from './page';

export function bindControls(page: Page): void {
  bindRunControls(page);
  bindScenarioControls(page);
  bindShareControls(page);
}

const act = (page: Page) => (action: Action) => void page.dispatch(action);

/** The seed typed, or the run's when the field holds no seed (the field then shows it again). */
function readSeed(field: HTMLInputElement, current: number): number {
  const value = Number(field.value);
  const seed = field.value.trim() !== '' && isSeed(value) ? value : current;
  field.value = String(seed);
  return Math.min(seed, MAX_SEED);
}

function bindRunControls(page: Page): void {
  const { inputs, live } = page.view;
  const dispatch = act(page);
  inputs.play.addEventListener('click', () => dispatch({ type: 'toggle' }));
  // The address always holds the run (scenario, settings, seed, live events): reloading restarts it cleanly.
  inputs.restart.addEventListener('click', () => page.host.reload());
  inputs.step.addEventListener('click', () => dispatch({ type: 'step' }));
  const reset = () => dispatch({ type: 'seed', seed: readSeed(inputs.seed, page.state.setup.seed) });
  inputs.form.addEventListener('submit', (event) => {
    event.preventDefault();
    reset();
  });
  inputs.seed.addEventListener('change', reset);
  inputs.speed.addEventListener('change', () => dispatch({ type: 'speed', speed: inputs.speed.value as Speed }));
  inputs.language.addEventListener('change', () => {
    if (isLanguage(inputs.language.value)) dispatch({ type: 'language', lang: inputs.language.value });
  });
  live.buttons.forEach((button, k) =>
    button.addEventListener('click', () => {
      // An event that cannot act now says why (its tooltip and description) and does nothing.
      if (live.canAct(k)) dispatch({ type: 'inject', event: live.eventOf(k) });
    }),
  );
  live.clear.addEventListener('click', () => dispatch({ type: 'clearLive' }));
  installKeyboard(page.doc, {
    active: () => page.state.active,
    toggle: () => dispatch({ type: 'toggle' }),
    step: () => dispatch({ type: 'step' }),
    faster: () => dispatch({ type: 'speed', speed: nextSpeed(page.runner.speed, 1) }),
    slower: () => dispatch({ type: 'speed', speed: nextSpeed(page.runner.speed, -1) }),
  });
}

function bindScenarioControls(page: Page): void {
  const { inputs } = page.view;
  const dispatch = act(page);
  inputs.picker.addEventListener('change', () => dispatch({ type: 'pick', id: inputs.picker.value }));
  inputs.comparePair.addEventListener('click', () => dispatch({ type: 'pair' }));
  inputs.compare.addEventListener('change', () => dispatch({ type: 'compare', on: inputs.compare.checked }));
  watchScenarioFiles(page.doc, inputs.file, inputs.dropOverlay, (file) => page.openDropped(file));
  // A link pasted into this tab's address bar.
  page.address.onPasted((fragment) => dispatch({ type: 'link', fragment }));
}

function bindShareControls(page: Page): void {
  const { inputs } = page.view;
  inputs.copyLink.addEventListener('click', () => {
    inputs.shareLink.select();
    const said = (text: string) => (inputs.copyStatus.textContent = text);
    page.host.copy(inputs.shareLink.value)?.then(
      () => said(page.dict().linkCopied),
      () => said(page.dict().copyFailed),
    ) ?? said(page.dict().copyFailed);
  });
  const { doc, runner } = page;
  inputs.csv.addEventListener('click', () => exportRun(doc, page.state.setup, runner.lanes[0], 'A'));
  inputs.csvB.addEventListener('click', () => exportRun(doc, page.state.setup, runner.lanes[1], 'B'));
  inputs.scenario.addEventListener('click', () => exportScenario(doc, page.state.setup, 'A'));
  inputs.scenarioB.addEventListener('click', () => exportScenario(doc, page.state.setup, 'B'));
}
