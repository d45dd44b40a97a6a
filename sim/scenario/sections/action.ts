/**
 * The scenario's `action` section: the joint action's settings (members, arrangement,
 * governance, target, instruments, steward, evaluation, participation, leadership, funding).
 */
import { z } from 'zod';
import { ARRANGEMENTS, EVALUATION_REGIMES, GOVERNANCE_MODES, INSTRUMENTS, LEADERSHIP_STYLES, PARTICIPATION_MODES } from '../enums';
import { doc, share } from './fieldDoc';

export const actionSection = z
  .strictObject({
    initial_members: doc(z.number().int().min(0).max(1_000_000).default(10), {
      description: 'Founding members drawn at random (at least one per order when possible; ignored when organisations.list marks members).',
      fr: 'Membres fondateurs tirés au hasard (au moins un par ordre si possible; ignoré si organisations.list désigne des membres).',
    }),
    arrangement: doc(z.enum(ARRANGEMENTS).default('agreement'), {
      description: 'Formality of the arrangement: informal network, agreement, steering committee, joint body with a board.',
      fr: 'Formalité du dispositif : réseau informel, entente, comité directeur, instance conjointe avec conseil.',
    }),
    governance: doc(z.enum(GOVERNANCE_MODES).default('shared'), {
      description: 'Governance mode: shared (participant-governed), lead organisation, or network administrative organisation (NAO).',
      fr: 'Mode de gouvernance : partagée, organisation pilote, ou organisation administrative de réseau (OAR).',
    }),
    nao_capacity: doc(z.number().int().min(1).max(1_000_000).default(40), {
      description: 'Members an NAO can coordinate before it becomes a bottleneck.',
      fr: 'Membres qu’une OAR peut coordonner avant de devenir un goulot d’étranglement.',
    }),
    target_specificity: share(0.5, {
      description: 'Specificity of targets: 1 = specific (quick, visible, narrow), 0 = broad (needs more fields, pays off later).',
      fr: 'Spécificité des cibles : 1 = précises (rapides, visibles, étroites), 0 = larges (plus de champs, effets tardifs).',
    }),
    instruments: doc(z.array(z.enum(INSTRUMENTS)).max(4).default([]), {
      description: 'Instruments the action uses.',
      fr: 'Instruments utilisés par l’action.',
    }),
    steward: doc(z.boolean().default(false), {
      description: 'An accountable body for the interstice keeps knowledge and attributes collective results.',
      fr: 'Une instance responsable de l’interstice conserve le savoir et s’attribue les résultats collectifs.',
    }),
    evaluation: doc(z.enum(EVALUATION_REGIMES).default('linear'), {
      description: 'Evaluation regime: linear (short window, attributable outputs) or developmental (counts delayed and shared effects).',
      fr: 'Régime d’évaluation : linéaire (fenêtre courte, extrants attribuables) ou développemental (effets différés et partagés).',
    }),
    participation: doc(z.enum(PARTICIPATION_MODES).default('voluntary'), {
      description: 'Voluntary (free exit) or mandated (members cannot leave).',
      fr: 'Volontaire (sortie libre) ou obligatoire (les membres ne peuvent partir).',
    }),
    leadership: doc(z.enum(LEADERSHIP_STYLES).default('none'), {
      description: 'Facilitative leadership by the most collectively minded founder, or none (leaders marked in organisations.list lead in any case).',
      fr: 'Leadership facilitateur exercé par le fondateur le plus tourné vers le collectif, ou aucun (les leaders désignés dans organisations.list dirigent dans tous les cas).',
    }),
    funding: z
      .strictObject({
        grant: doc(z.number().min(0).max(1).default(0), {
          description: 'Seed grant covering members’ contributions.',
          fr: 'Subvention de démarrage couvrant les contributions des membres.',
          unit: 'share of contributions covered',
        }),
        ends_at: doc(z.number().int().min(1).max(1e6).nullable().default(null), {
          description: 'Tick at which the grant ends (null: never).',
          fr: 'Pas auquel la subvention prend fin (null : jamais).',
          unit: 'months',
        }),
      })
      .prefault({}),
    reform: doc(z.boolean().default(true), {
      description: 'Whether a dissolved action may re-form.',
      fr: 'Une action dissoute peut-elle se reformer.',
    }),
  })
  .prefault({});
