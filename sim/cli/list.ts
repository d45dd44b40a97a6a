/** `sim list [--lang en|fr]`: the bundled scenarios with their one-line lessons. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs, single } from './args';
import { CliError } from './errors';
import { parseScenario } from '../scenario/parse';
import { MAX_JSON_LENGTH } from '../scenario/jsonText';
import { readInputText } from './readInput';
import { clip } from '../scenario/issues';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface BundledScenario {
  file: string;
  title: { en: string; fr: string };
  lesson: { en: string; fr: string };
}

export function bundledScenarios(directory = SCENARIO_DIR): BundledScenario[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort((a, b) => (a === 'default.json' ? -1 : b === 'default.json' ? 1 : a.localeCompare(b)))
    .flatMap((name) => {
      const read = readInputText(join(directory, name), MAX_JSON_LENGTH);
      if (!read.ok) return [];
      const parsed = parseScenario(read.text, name);
      return parsed.ok ? [{ file: `scenarios/${name}`, title: parsed.scenario.meta.title, lesson: parsed.scenario.meta.lesson }] : [];
    });
}

export function listCommand(argv: readonly string[], stdout: (text: string) => void): void {
  const args = parseArgs(argv, { lang: true });
  if (args.positionals.length > 0)
    throw new CliError(`list takes no file (received ${JSON.stringify(args.positionals[0]!.slice(0, 60))})\nusage: npm run -s sim -- list [--lang en|fr]`);
  const lang = single(args, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new CliError(`--lang: expected en or fr, received ${JSON.stringify(clip(lang))}`);
  for (const scenario of bundledScenarios()) {
    stdout(`${scenario.file}\n  ${scenario.title[lang]}\n  ${scenario.lesson[lang]}\n\n`);
  }
}
