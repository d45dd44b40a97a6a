/**
 * What a file chosen or dropped on the simulator asks for: a scenario file's run, a
 * classroom journal's run, or a problem to show (too large, unreadable, a journal line that
 * cannot be read), kept as data and worded in the page's language when shown.
 */
import type { Dictionary } from './i18n';
import type { RunAction } from './pageState';
import { MAX_SCENARIO_BYTES } from './shareUrl';
import { readScenarioFile } from './fileInput';
import { isJournal, journalSetup } from './journalFile';

export type OpenedFile = { ok: true; action: RunAction } | { ok: false; problem: (dict: Dictionary) => string };

export async function openedFile(file: File): Promise<OpenedFile> {
  const read = await readScenarioFile(file, MAX_SCENARIO_BYTES);
  if (!read.ok) return { ok: false, problem: (dict) => (read.problem === 'big' ? dict.fileTooBig(`${MAX_SCENARIO_BYTES / 1e6} MB`) : dict.fileUnreadable) };
  if (!isJournal(read.text)) return { ok: true, action: { type: 'text', name: read.name, text: read.text } };
  const journal = journalSetup(read.name, read.text);
  if (!journal.ok) return { ok: false, problem: (dict) => dict.journalUnreadable(journal.line) };
  return { ok: true, action: { type: 'open', setup: journal.setup } };
}
