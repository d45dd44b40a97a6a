/** `sim validate <file>...`: every problem of every file at once; exit 0 when all are valid. */
import { loadScenario } from './loadScenario';
import { CliError } from './errors';
import { formatIssue } from '../scenario/parse';

export function validateCommand(files: readonly string[], stdout: (text: string) => void): void {
  if (files.length === 0) throw new CliError('usage: npm run -s sim -- validate <scenario.json>...');
  const problems: string[] = [];
  for (const file of files) {
    const result = loadScenario(file);
    if (result.ok) stdout(`ok ${file}\n`);
    else problems.push(...result.issues.map(formatIssue));
  }
  if (problems.length > 0) {
    throw new CliError(`${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}
