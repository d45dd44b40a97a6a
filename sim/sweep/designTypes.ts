/**
 * The sweep designs by name: a module of its own (no zod), so the page can name them
 * without building the sweep schema on its main thread.
 */
export const DESIGN_TYPES = ['grid', 'morris', 'sobol', 'latin_hypercube'] as const;
export type DesignType = (typeof DESIGN_TYPES)[number];
