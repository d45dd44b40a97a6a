/**
 * The simulator as main.ts and the other views see it. The page itself (page.ts) owns
 * what defines the run (the setup: scenario, settings, seed, live events) and the
 * language, as one state changed by actions; its controls are bound in pageControls.ts.
 * The browser around the page comes in like the document (host.ts), so tests can pass
 * fakes. Nothing here computes model numbers.
 */
import { defaultLanguage, type Dictionary, type Language } from './i18n';
import type { Runner } from './runner';
import type { Engine } from './engine';
import { Page } from './page';
import { bindControls } from './pageControls';
import { browserHost, type PageHost } from './host';

export interface App {
  runner: Runner;
  /** Loads the run a link describes (or the default scenario when there is none). */
  start(fragment: string): Promise<void>;
  /** Shows an engine failure that happened outside any call (the worker crashed). */
  fail(message: string): void;
  language(): Language;
  dict(): Dictionary;
  /** Calls `listener` after each change of language (the page's texts are already rewritten). */
  onLanguage(listener: () => void): void;
  /** Run A as a scenario file would hold it (settings and live events applied) and its name; undefined until a run is loaded. */
  currentScenario(): { name: string; scenario: Record<string, unknown> } | undefined;
  /** Another view hides the simulator: the run pauses, and its keyboard shortcuts rest. */
  setActive(active: boolean): void;
  /** Where a file dropped on the page goes while the simulator is hidden (the analyst view's sweep files). */
  onOtherViewFile(handler: ((file: File) => void) | undefined): void;
}

export function createApp(
  doc: Document,
  engineFor: (index: number) => Engine,
  preferredLanguage: string | undefined,
  host: PageHost = browserHost(doc.defaultView!),
): App {
  const page = new Page(doc, engineFor, defaultLanguage(preferredLanguage), host);
  bindControls(page);
  page.render('all');
  return {
    runner: page.runner,
    start: (fragment) => page.start(fragment),
    fail: (message) => void page.dispatch({ type: 'fail', message }),
    language: () => page.state.lang,
    dict: () => page.dict(),
    onLanguage: (listener) => page.onLanguage(listener),
    currentScenario: () => page.currentScenario(),
    setActive: (active) => void page.dispatch({ type: 'active', active }),
    onOtherViewFile: (handler) => void (page.otherViewFile = handler),
  };
}
