/** Helpers for chart tests: readable SVG snapshots and the rounding check. */

/** One element per line, so a change shows as a readable diff (no text node holds a tag). */
export function snapshotText(svg: SVGSVGElement): string {
  return `${svg.outerHTML.replaceAll('><', '>\n<')}\n`;
}

/** Attribute values with a number of more than 2 decimals (there should be none). */
export function overPrecise(svg: SVGSVGElement): string[] {
  return [...svg.outerHTML.matchAll(/="([^"]*)"/g)].map((m) => m[1]!).filter((value) => /\d\.\d{3,}/.test(value));
}

/** Ids used twice in one chart (there should be none: ids are the prefix plus a fixed name). */
export function duplicateIds(svg: SVGSVGElement): string[] {
  const ids = [...svg.querySelectorAll('[id]')].map((el) => el.id);
  return ids.filter((id, k) => ids.indexOf(id) !== k);
}
