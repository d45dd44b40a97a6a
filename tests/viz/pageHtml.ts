/** A page's markup as Vite serves it: the page (the simulator's index.html by default) with its parts included (viz/htmlIncludes.ts). */
import { readFileSync } from 'node:fs';
import { expandIncludes } from '../../viz/htmlIncludes';

export function pageHtml(page: 'index.html' | 'host.html' | 'play.html' = 'index.html'): string {
  return expandIncludes(readFileSync(`viz/${page}`, 'utf8'), (name) => readFileSync(`viz/views/${name}`, 'utf8'));
}

/** What the simulator page's body holds (for a jsdom document's body). */
export const pageBody = (): string => pageHtml().replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '');
