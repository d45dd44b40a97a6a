/** English texts of the share and export panel, and of why a shared link could not be used. */

export const enShare = {
  shareHeading: 'Share and export',
  shareLink: 'Link to this run',
  shareHint: 'The link holds the scenario, your settings, the seed, the live events and the language: opening it replays the identical run.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyFailed: 'Copy the link from the field.',
  downloadCsv: 'Run as CSV',
  downloadCsvB: 'Run B as CSV',
  downloadScenario: 'Scenario as JSON',
  downloadScenarioB: 'Scenario B as JSON',
  scenarioExportHint:
    'The JSON includes your settings and your live events (as scheduled events), so the command line reproduces the run: npm run sim -- run file.json --seed N.',
  badLink: (reason: string) => `This link could not be used and nothing from it was run: ${reason} The default scenario is shown instead.`,
  badLinkReasons: {
    version: 'it comes from another version of the page.',
    checksum: 'it was changed or cut short (its check code does not match).',
    format: 'a part of it is malformed.',
    scenario: 'it names a scenario this page does not have.',
    file: 'the scenario it carries cannot be read.',
    invalid: 'the scenario it carries is not valid.',
  } as Record<string, string>,
};
