/** Textes français de la page, un fichier par partie de la page (chacun typé par son pendant anglais). */
import type { Dictionary } from './en';
import { frAnalysis } from './frAnalysis';
import { frCharts } from './frCharts';
import { frControls } from './frControls';
import { frPage } from './frPage';
import { frScenario } from './frScenario';
import { frSettings } from './frSettings';
import { frShare } from './frShare';
import { frStory } from './frStory';
import { formatIssueFr } from './problemsFr';

export const fr: Dictionary = {
  ...frPage,
  ...frScenario,
  formatIssue: formatIssueFr,
  ...frControls,
  ...frSettings,
  ...frCharts,
  ...frShare,
  analysis: frAnalysis,
  ...frStory,
};
