/**
 * The stylized facts of docs/model.md §10 (the design brief's §6), each as a reproducible experiment: the scenarios that
 * isolate it (arms), the measured effects with their 95% intervals, a figure, and for each
 * check the mechanism the model description names as its cause with the values that
 * switch exactly that mechanism off (protocol.ts runs the effect on two seed blocks, the
 * ablation and the robustness). Pure: runs come from the caller.
 */
import { TRUST_AND_INERTIA_FACTS } from './facts/trustAndInertia';
import { PARTICIPATION_FACTS } from './facts/participation';
import { GOVERNANCE_FACTS } from './facts/governance';
import { LEARNING_FACTS } from './facts/learning';
import { PAYOFF_FACTS } from './facts/payoffs';
import type { FactDefinition } from './facts/shared';

export { ADVANTAGE_THRESHOLD, DETECTABLE_EFFECT, type FactDefinition } from './facts/shared';

/** The thirteen facts, in the order of docs/model.md §10. */
export const FACTS: FactDefinition[] = [...TRUST_AND_INERTIA_FACTS, ...PARTICIPATION_FACTS, ...GOVERNANCE_FACTS, ...LEARNING_FACTS, ...PAYOFF_FACTS];
