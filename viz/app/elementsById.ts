/**
 * A writer's elements fetched at once, by id: `elementsById<{ body: HTMLElement }>(doc,
 * { body: 'results-body' })`. One typed record instead of one `byId` line per element, each
 * looked up in the order given and throwing as `byId` does when the page lacks one.
 */
import { byId } from './dom';

export function elementsById<T extends { [K in keyof T]: HTMLElement }>(doc: Document, ids: { readonly [K in keyof T]: string }): T {
  const found: Partial<T> = {};
  for (const key of Object.keys(ids) as (keyof T & string)[]) found[key] = byId<T[typeof key]>(doc, ids[key]);
  return found as T;
}
