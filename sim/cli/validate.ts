/** `sim validate <file>...`: every problem of every file at once; exit 0 when all are valid. */
import { loadScenario } from './loadScenario';
import { CliError } from './errors';
import { parseArgs } from './args';
import { formatIssue } from '../scenario/parse';

export const VALIDATE_USAGE = 'usage: npm run -s sim -- validate <scenario.json>...';

/** Problems printed at most: a file with more gets the count and the first ones. */
export const MAX_PRINTED_PROBLEMS = 1000;

export function validateCommand(argv: readonly string[], stdout: (text: string) => void): void {
  const args = parseArgs(argv, { help: false });
  if (args.options.has('help')) {
    stdout(`${VALIDATE_USAGE}\n`);
    return;
  }
  const files = args.positionals;
  if (files.length === 0) throw new CliError(`missing scenario file\n${VALIDATE_USAGE}`);
  const problems: string[] = [];
  let total = 0;
  for (const file of files) {
    const result = loadScenario(file);
    if (result.ok) {
      stdout(`ok ${file}\n`);
      continue;
    }
    total += result.issues.length;
    // One at a time, never spread: a file may have hundreds of thousands of problems.
    for (const issue of result.issues) {
      if (problems.length >= MAX_PRINTED_PROBLEMS) break;
      problems.push(formatIssue(issue));
    }
  }
  if (total > 0) {
    const more = total > problems.length ? `\n  ... and ${(total - problems.length).toLocaleString('en')} more` : '';
    throw new CliError(`${total.toLocaleString('en')} problem${total > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}${more}`);
  }
}
