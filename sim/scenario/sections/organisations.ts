/**
 * The scenario's `organisations` section: counts and profiles per order, ties, and
 * organisations listed one by one.
 */
import { z } from 'zod';
import { ORDERS } from '../enums';
import { doc, share } from './fieldDoc';

export const orderProfile = (d: { size: number; alpha: number; horizon: number; outside: number; exposure: number; trust: number }) =>
  z
    .strictObject({
      size_mean: doc(z.number().positive().max(1e9).default(d.size), {
        description: 'Mean monthly budget of an organisation of this order (lognormal).',
        fr: 'Budget mensuel moyen d’une organisation de cet ordre (loi lognormale).',
        unit: 'budget units / month',
      }),
      size_spread: doc(z.number().min(0).max(3).default(0.5), {
        description: 'Spread (sigma of the log) of budgets within the order.',
        fr: 'Dispersion (sigma du log) des budgets dans l’ordre.',
      }),
      productivity: doc(z.number().positive().max(10).default(1), {
        description: 'Mean own output per unit of budget when working alone.',
        fr: 'Production propre moyenne par unité de budget, en travaillant seul.',
        unit: 'output / budget unit',
      }),
      alpha: share(d.alpha, {
        description: 'Weight on collective effectiveness versus organisational efficiency (0 = only own efficiency, 1 = only the collective result).',
        fr: 'Poids de l’efficacité collective face à l’efficience organisationnelle (0 = seulement sa propre efficience, 1 = seulement le résultat collectif).',
      }),
      horizon: doc(z.number().min(1).max(240).default(d.horizon), {
        description: 'Time horizon over which expected value is judged (used when behaviour.mentality is "mixed").',
        fr: 'Horizon temporel sur lequel la valeur attendue est jugée (utilisé quand behaviour.mentality vaut « mixed »).',
        unit: 'months',
      }),
      outside_option: doc(z.number().min(0).max(1).default(d.outside), {
        description: 'Value of the best alternative use of the resources, per month.',
        fr: 'Valeur de la meilleure utilisation alternative des ressources, par mois.',
        unit: 'share of own budget / month',
      }),
      shock_exposure: share(d.exposure, {
        description: 'How strongly budget cuts aimed at this order hit its organisations.',
        fr: 'Intensité avec laquelle les compressions visant cet ordre frappent ses organisations.',
      }),
      initial_trust: share(d.trust, {
        description: 'Trust in the joint action at the start (an organisation that leaves and rejoins keeps the trust it had).',
        fr: 'Confiance envers l’action commune au départ (une organisation qui part puis revient garde la confiance qu’elle avait).',
      }),
    })
    .prefault({});

export const explicitOrganisation = z.strictObject({
  name: z.string().min(1).max(200).meta({ description: 'Display name.', fr: 'Nom affiché.' }),
  order: z.enum(ORDERS).meta({ description: 'State (E), Private (P) or Third sector (T).', fr: 'État (E), Privé (P) ou Tiers secteur (T).' }),
  field: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: 'Primary field; must be one of territory.fields.', fr: 'Champ principal; doit figurer dans territory.fields.' }),
  size: z.number().positive().max(1e9).optional().meta({
    description: 'Monthly budget (defaults to the order mean).',
    fr: 'Budget mensuel (par défaut : la moyenne de l’ordre).',
    unit: 'budget units / month',
  }),
  alpha: z.number().min(0).max(1).optional().meta({
    description: 'Motivation weight on collective effectiveness (defaults to the order value).',
    fr: 'Poids de motivation pour l’efficacité collective (par défaut : valeur de l’ordre).',
  }),
  member: z.boolean().default(false).meta({ description: 'Member of the joint action at the start.', fr: 'Membre de l’action commune au départ.' }),
  leader: z
    .boolean()
    .default(false)
    .meta({ description: 'Acts as facilitative leader (needs member: true).', fr: 'Agit comme leader facilitateur (exige member: true).' }),
});

export const organisationsSection = z
  .strictObject({
    count: z
      .strictObject({
        E: doc(z.number().int().min(0).max(1_000_000).default(12), {
          description: 'Number of State organisations.',
          fr: 'Nombre d’organisations de l’État.',
        }),
        P: doc(z.number().int().min(0).max(1_000_000).default(18), {
          description: 'Number of private organisations.',
          fr: 'Nombre d’organisations privées.',
        }),
        T: doc(z.number().int().min(0).max(1_000_000).default(30), {
          description: 'Number of third-sector organisations.',
          fr: 'Nombre d’organisations du tiers secteur.',
        }),
      })
      .prefault({})
      .meta({
        description: 'Organisations generated per order (ignored when list is given).',
        fr: 'Organisations générées par ordre (ignoré si list est fourni).',
      }),
    orders: z
      .strictObject({
        E: orderProfile({ size: 100, alpha: 0.6, horizon: 12, outside: 0.01, exposure: 1, trust: 0.4 }),
        P: orderProfile({ size: 40, alpha: 0.3, horizon: 6, outside: 0.02, exposure: 0.5, trust: 0.35 }),
        T: orderProfile({ size: 10, alpha: 0.8, horizon: 24, outside: 0.005, exposure: 0.8, trust: 0.5 }),
      })
      .prefault({})
      .meta({ description: 'Default attributes of each order.', fr: 'Attributs par défaut de chaque ordre.' }),
    list: doc(z.array(explicitOrganisation).max(100_000).optional(), {
      description: 'Explicit organisations; when given, replaces the generated population.',
      fr: 'Organisations explicites; si fournie, remplace la population générée.',
    }),
    ties_per_organisation: doc(z.number().min(0).max(100).default(4), {
      description: 'Mean number of relational ties per organisation.',
      fr: 'Nombre moyen de liens relationnels par organisation.',
    }),
    homophily: share(0.6, {
      description: 'Share of ties drawn between organisations of the same field or the same order (the rest are drawn at random).',
      fr: 'Part des liens tirés entre organisations du même champ ou du même ordre (les autres sont tirés au hasard).',
    }),
  })
  .prefault({});
