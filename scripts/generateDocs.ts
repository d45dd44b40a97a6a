/**
 * Writes the generated parts of the documentation (the table of scenario settings in
 * docs/model.md) from the scenario schema.
 *
 *   node --import tsx scripts/generateDocs.ts            rewrite stale files
 *   node --import tsx scripts/generateDocs.ts --check    exit 1 and name stale files, write nothing
 *   ... --root DIR                                       look for the files under DIR (tests)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DOCS, regenerate } from './docs/generated';

const USAGE = 'usage: node --import tsx scripts/generateDocs.ts [--check] [--root DIR]';

function main(argv: readonly string[]): number {
  let check = false;
  let root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--check') check = true;
    else if (arg === '--root' && argv[k + 1] !== undefined) root = resolve(argv[++k]!);
    else {
      console.error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    }
  }
  let stale = 0;
  for (const { file, lang } of GENERATED_DOCS) {
    const path = resolve(root, file);
    let text: string;
    let next: string;
    try {
      text = readFileSync(path, 'utf8');
      next = regenerate(text, lang);
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    if (next === text) continue;
    stale++;
    if (check) console.error(`${file} is stale: run node --import tsx scripts/generateDocs.ts`);
    else {
      writeFileSync(path, next);
      console.log(`wrote ${file}`);
    }
  }
  if (check && stale === 0) console.log('generated documentation is up to date');
  return check && stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
