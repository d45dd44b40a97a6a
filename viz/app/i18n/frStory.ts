/**
 * Noms français des événements de la simulation et des tournants de son histoire : les repères sur
 * l’axe du temps et la ligne d’état sous le mois.
 */
import type { enStory } from './enStory';

export const frStory: typeof enStory = {
  events: {
    budget_cut: 'compression budgétaire',
    political_turnover: 'alternance politique',
    leader_leaves: 'départ du leader',
    crisis: 'crise',
    funding_ends: 'fin du financement de démarrage',
    absorption: 'absorption d’un membre',
  },
  story: {
    dissolved: 'partenariat dissous',
    reformed: 'partenariat reconstitué',
    leader_new: 'nouveau leader',
    leader_gone: 'perte du leader',
  },
  storyNow: {
    dissolved: (tick: number) => `Mois ${tick} : le partenariat s’est dissous, trop peu de membres sont restés`,
    reformed: (tick: number, members: number) => `Mois ${tick} : le partenariat s’est reconstitué avec ${members} membres`,
    leader_new: (tick: number) => `Mois ${tick} : un membre a pris le leadership`,
    leader_gone: (tick: number) => `Mois ${tick} : le partenariat a perdu son leader`,
  },
  standing: (members: number, points: string) =>
    `${members} ${members <= 1 ? 'membre' : 'membres'} · efficacité collective ${points} points de besoins comblés`,
  noPartnership: (since: number) => `Aucun partenariat depuis le mois ${since}`,
  notFormed: 'Aucun partenariat : trop peu d’organisations se sont jointes pour en former un',
};
