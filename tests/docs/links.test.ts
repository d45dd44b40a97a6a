/** Every relative link in the README and the guides points at a file of the repository. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const documents = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

describe('documentation links', () => {
  for (const file of documents) {
    it(`${file} links only to files that exist`, () => {
      const text = readFileSync(file, 'utf8');
      const broken: string[] = [];
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const path = decodeURIComponent(target!.split('#')[0]!);
        if (!existsSync(join(dirname(file), path))) broken.push(target!);
      }
      expect(broken).toEqual([]);
    });
  }
});
