/**
 * English texts of the page (the keys every language must provide), one file per area of
 * the page. Each French file is typed by its English twin, and `fr` by `Dictionary`, so a
 * text missing in either language, or a whole area, fails the type check.
 */
import { formatIssue, type ScenarioIssue } from '../../sim';
import { enAnalysis } from './enAnalysis';
import { enCharts } from './enCharts';
import { enControls } from './enControls';
import { enPage } from './enPage';
import { enScenario } from './enScenario';
import { enSettings } from './enSettings';
import { enShare } from './enShare';
import { enStory } from './enStory';

export { enAnalysis };

export const en = {
  ...enPage,
  ...enScenario,
  /** One problem of a scenario, on one line (the command line's wording). */
  formatIssue: formatIssue as (issue: ScenarioIssue) => string,
  ...enControls,
  ...enSettings,
  ...enCharts,
  ...enShare,
  analysis: enAnalysis,
  ...enStory,
};

export type Dictionary = typeof en;
