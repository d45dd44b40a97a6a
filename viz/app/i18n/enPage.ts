/**
 * English texts of the page's frame: title, tagline, language and layout switches, the chart
 * chooser, the two views.
 */

export const enPage = {
  pageTitle: 'Interstice',
  documentTitle: 'Interstice – a partnership simulator',
  tagline: 'A simulator of partnerships between the State, the private sector and the third sector.',
  explain:
    'Pick a scenario, press Play and watch a joint action form, grow or fall apart, month by month. The headline chart shows the tension at its heart: what the action does for the population (collective effectiveness) against what it costs its members (organisational efficiency).',
  language: 'Language',
  presentation: 'Presentation layout',
  largerText: 'Larger text',
  chooserLabel: 'Chart beside the headline',
  chooser: {
    membership: 'Members',
    outcome: 'Population',
    phase: 'Phase',
    grid: 'Grid',
    network: 'Network',
    compare: 'Compare A/B',
    membershipB: 'Members B',
    gridB: 'Grid B',
    networkB: 'Network B',
  } as Record<string, string>,
  skipToCharts: 'Skip to the charts',
  views: 'Views',
  viewSimulator: 'Simulator',
  viewAnalysis: 'Analyse',
};
