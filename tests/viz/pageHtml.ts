/** The simulator page's markup as Vite serves it: index.html with each view's markup included (viz/htmlIncludes.ts). */
import { readFileSync } from 'node:fs';
import { expandIncludes } from '../../viz/htmlIncludes';

export function pageHtml(): string {
  return expandIncludes(readFileSync('viz/index.html', 'utf8'), (name) => readFileSync(`viz/views/${name}`, 'utf8'));
}

/** What the page's body holds (for a jsdom document's body). */
export const pageBody = (): string => pageHtml().replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '');
