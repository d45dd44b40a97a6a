/**
 * The scenario schema: the single source of truth for scenario types, defaults,
 * validation and documentation (JSON Schema, field reference tables).
 *
 * Every field carries `meta({ description, fr, unit? })`: the English description is
 * the JSON Schema `description` editors show; `fr` is its French counterpart.
 * Objects use `prefault({})` so a partial file takes the defaults of everything it omits.
 */
import { z } from 'zod';
import { doc } from './sections/fieldDoc';
import { metaSection } from './sections/meta';
import { territorySection } from './sections/territory';
import { organisationsSection, type explicitOrganisation } from './sections/organisations';
import { actionSection } from './sections/action';
import { behaviourSection } from './sections/behaviour';
import { eventsSection, hazardsSection, type scheduledEvent } from './sections/events';
import { modelSection } from './sections/model';

export * from './enums';

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path of the JSON Schema (for editors).', fr: 'Chemin du schéma JSON (pour les éditeurs).' }),
    meta: metaSection,
    ticks: doc(z.number().int().min(1).max(100_000).default(120), {
      description: 'Horizon of a run (one tick = one month).',
      fr: 'Horizon d’une simulation (un pas = un mois).',
      unit: 'months',
    }),
    territory: territorySection,
    organisations: organisationsSection,
    action: actionSection,
    behaviour: behaviourSection,
    events: eventsSection,
    hazards: hazardsSection,
    model: modelSection,
  })
  .meta({
    title: 'Interstice scenario',
    description: 'A scenario of the Interstice intersectoral partnership simulator. Every field is optional.',
    fr: 'Un scénario du simulateur de partenariats intersectoriels Interstice. Tous les champs sont facultatifs.',
  });

/** A fully defaulted, validated scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
/** What a scenario file may contain (everything optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScheduledEvent = z.output<typeof scheduledEvent>;
export type ExplicitOrganisation = z.output<typeof explicitOrganisation>;
