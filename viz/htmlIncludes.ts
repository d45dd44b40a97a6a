/**
 * The pages' markup in parts: a page (index.html, and the classroom's host.html and play.html)
 * names a part with a line `<!-- include: name.html -->`, replaced by the file of that name in
 * viz/views/ (each view of the simulator; the language selector every page shares). Vite does
 * it for the dev server and the build (vite.config.ts), tests for the page they load in jsdom,
 * so all three see the same page. Pure: the caller reads the files.
 */
const INCLUDE = /^[ \t]*<!-- include: ([\w-]+\.html) -->\n/gm;

export function expandIncludes(html: string, read: (name: string) => string): string {
  return html.replace(INCLUDE, (_line, name: string) => read(name));
}
