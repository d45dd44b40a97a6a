/** Formality of the arrangement as a level: informal network 0, agreement 1/3, steering committee 2/3, joint body with a board 1. */
import type { Scenario } from '../scenario/schema';
import { ARRANGEMENTS } from '../scenario/enums';

export const formalityLevel = (scenario: Scenario): number => Math.max(0, ARRANGEMENTS.indexOf(scenario.action.arrangement)) / (ARRANGEMENTS.length - 1);
