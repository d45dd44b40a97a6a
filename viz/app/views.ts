/**
 * The page's two views as tabs: the classroom simulator and the analyst's sweeps. The
 * analyst view's code is loaded the first time it is opened, so the simulator starts as
 * fast as without it. Tabs follow the ARIA pattern: arrow keys, Home and End move between
 * them (and only them: the simulator's own arrow key is not pressed on the way).
 */
import type { App } from './app';
import { byId } from './dom';
import type { AnalysisView } from './analysis/analysisView';

export function installViews(doc: Document, app: App): { open(view: 'simulator' | 'analysis'): Promise<void> } {
  const tabs = [byId<HTMLButtonElement>(doc, 'view-simulator'), byId<HTMLButtonElement>(doc, 'view-analysis')] as const;
  const panels = [byId(doc, 'app'), byId(doc, 'analysis')] as const;
  const skip = doc.querySelector<HTMLAnchorElement>('.skip-link');
  let analysis: Promise<AnalysisView> | undefined;

  const load = (): Promise<AnalysisView> =>
    (analysis ??= import('./analysis/analysisView').then(({ createAnalysisView }) =>
      createAnalysisView(doc, { dict: app.dict, language: app.language, currentScenario: app.currentScenario }),
    ));

  async function select(index: 0 | 1, focus: boolean): Promise<void> {
    tabs.forEach((tab, k) => {
      tab.setAttribute('aria-selected', String(k === index));
      tab.tabIndex = k === index ? 0 : -1;
      panels[k]!.hidden = k !== index;
    });
    if (focus) tabs[index].focus();
    if (skip) skip.href = index === 0 ? '#charts' : '#analysis-results';
    app.setActive(index === 0);
    if (index === 1) {
      const view = await load();
      app.onOtherViewFile((file) => void view.open(file));
      // The simulator's run may have changed since the view was last shown: its name in the base picker follows.
      view.texts();
    }
  }

  tabs.forEach((tab, k) => {
    tab.addEventListener('click', () => void select(k as 0 | 1, false));
    tab.addEventListener('keydown', (event) => {
      const to = event.key === 'ArrowRight' || event.key === 'ArrowLeft' ? 1 - k : event.key === 'Home' ? 0 : event.key === 'End' ? 1 : -1;
      if (to < 0) return;
      event.preventDefault();
      event.stopPropagation();
      void select(to as 0 | 1, true);
    });
  });
  app.onLanguage(() => void analysis?.then((view) => view.texts()));
  return { open: (view) => select(view === 'simulator' ? 0 : 1, false) };
}
