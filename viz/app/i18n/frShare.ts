/**
 * Textes français du panneau de partage et d’export, et des raisons pour lesquelles un lien
 * partagé n’a pu servir.
 */
import type { enShare } from './enShare';

export const frShare: typeof enShare = {
  shareHeading: 'Partager et exporter',
  shareLink: 'Lien vers cette simulation',
  shareHint: 'Le lien contient le scénario, vos paramètres, la graine, les événements en direct et la langue : l’ouvrir rejoue exactement la même simulation.',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyFailed: 'Copiez le lien depuis le champ.',
  downloadCsv: 'Simulation en CSV',
  downloadCsvB: 'Simulation B en CSV',
  downloadScenario: 'Scénario en JSON',
  downloadScenarioB: 'Scénario B en JSON',
  scenarioExportHint:
    'Le JSON inclut vos paramètres et vos événements en direct (comme événements programmés) : la ligne de commande reproduit la simulation avec npm run sim -- run fichier.json --seed N.',
  badLink: (reason) => `Ce lien n’a pas pu être utilisé et rien n’en a été exécuté : ${reason} Le scénario par défaut est affiché à la place.`,
  badLinkReasons: {
    version: 'il provient d’une autre version de la page.',
    checksum: 'il a été modifié ou tronqué (son code de contrôle ne correspond pas).',
    format: 'une partie en est mal formée.',
    scenario: 'il désigne un scénario que cette page ne connaît pas.',
    file: 'le scénario qu’il contient est illisible.',
    invalid: 'le scénario qu’il contient n’est pas valide.',
  },
};
