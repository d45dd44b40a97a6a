/**
 * Textes français du panneau du scénario : scénarios fournis et leur leçon, chargement d’un
 * fichier ou d’un journal de classe, éditeur JSON, titre des problèmes d’un scénario.
 */
import type { enScenario } from './enScenario';

export const frScenario: typeof enScenario = {
  scenarioHeading: 'Scénario',
  scenarioPicker: 'Scénario fourni',
  yourFile: (name) => `Votre fichier : ${name}`,
  description: 'La situation',
  lesson: 'Leçon',
  notice: 'À remarquer',
  tryNext: 'À essayer',
  comparePair: (what: string) => `Comparer avec son pendant (B : ${what})`,
  modelLink: 'Comment fonctionne le modèle (description du modèle)',
  noneList: 'aucun',
  loadFile: 'Charger votre propre fichier de scénario (.json)',
  dropHint: 'Vous pouvez aussi déposer un fichier de scénario n’importe où sur la page, ou un journal de classe (.jsonl) pour voir la simulation d’une classe.',
  editorSummary: 'Modifier le scénario en JSON',
  editorHint:
    'Le scénario de la simulation en cours, tel qu’un fichier le contiendrait. Ctrl+Espace liste les champs et les valeurs que le schéma permet; survolez un champ pour sa signification; les problèmes sont soulignés avec les messages de la ligne de commande.',
  editorLabel: 'Fichier de scénario (JSON)',
  editorRun: 'Lancer ce scénario',
  editorDownload: 'Télécharger en JSON',
  editorReload: 'Repartir de la simulation en cours',
  editorLoading: 'Chargement de l’éditeur…',
  editorOk: 'Aucun problème : le scénario peut être lancé.',
  editorProblems: (count: number) =>
    count === 1
      ? '1 problème (souligné) : le scénario ne peut pas encore être lancé.'
      : `${count} problèmes (soulignés) : le scénario ne peut pas encore être lancé.`,
  editorFileName: 'scenario-modifie.json',
  dropHere: 'Déposez le fichier de scénario pour le charger',
  fileTooBig: (limit) => `Ce fichier est trop volumineux (plus de ${limit}).`,
  fileUnreadable: 'Ce fichier n’a pas pu être lu.',
  journalUnreadable: (line) =>
    `Ce journal de classe ne peut pas être ouvert : la ligne ${line} n’est pas ce qu’un journal contient (ou aucun mois n’a été joué).`,
  classRun: (decisions, months) =>
    `Cette simulation rejoue une classe : ${decisions} décisions prises par les étudiants sur ${months} mois, d’après son journal (même scénario, même graine, mêmes événements en direct). Les paramètres modifiés ici s’appliquent aux mêmes décisions.`,
  issuesTitle: 'Le scénario comporte des erreurs et ne peut pas être lancé (la simulation précédente est conservée) :',
  issuesTitleB: 'Simulation B',
};
