/** `sim list [--lang en|fr]`: the bundled scenarios with their one-line lessons. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs, single } from './args';
import { CliError } from './errors';
import { parseScenario } from '../scenario/parse';

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
      const parsed = parseScenario(readFileSync(join(directory, name), 'utf8'), name);
      return parsed.ok ? [{ file: `scenarios/${name}`, title: parsed.scenario.meta.title, lesson: parsed.scenario.meta.lesson }] : [];
    });
}

export function listCommand(argv: readonly string[], stdout: (text: string) => void): void {
  const args = parseArgs(argv, { lang: true });
  const lang = single(args, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new CliError(`--lang: expected en or fr, received ${JSON.stringify(lang)}`);
  for (const scenario of bundledScenarios()) {
    stdout(`${scenario.file}\n  ${scenario.title[lang]}\n  ${scenario.lesson[lang]}\n\n`);
  }
}
