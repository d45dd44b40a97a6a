/** Reads a scenario file, applies `--set` overrides and validates the result. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_JSON_LENGTH, readJson } from '../scenario/jsonText';
import { validateScenario, type ScenarioResult, type ScenarioIssue } from '../scenario/parse';
import { applyOverride, parseOverride, type Override } from '../scenario/overrides';
import { clip, formatPath } from '../scenario/issues';

/**
 * Reads at most MAX_JSON_LENGTH bytes: a larger file (or an endless device such as
 * /dev/zero) is refused before it fills the memory. Pipes such as /dev/stdin work.
 */
function readBounded(path: string): { ok: true; text: string } | { ok: false; size: string } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_JSON_LENGTH) return { ok: false, size: `${size.toLocaleString('en')} bytes` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_JSON_LENGTH) return { ok: false, size: `more than ${MAX_JSON_LENGTH.toLocaleString('en')} bytes` };
      chunks.push(chunk.subarray(0, read));
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

export function readScenarioText(path: string): { ok: true; text: string } | { ok: false; issue: ScenarioIssue } {
  try {
    const read = readBounded(path);
    if (read.ok) return read;
    return { ok: false, issue: { source: path, path: '', expected: `a file of at most ${MAX_JSON_LENGTH.toLocaleString('en')} bytes`, received: read.size } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'a directory',
      EACCES: 'a file that cannot be read (permission denied)',
      EPERM: 'a file that cannot be read (permission denied)',
      ENAMETOOLONG: 'a file name too long for the system',
      ENOTDIR: 'a path through something that is not a directory',
      ELOOP: 'a path with a loop of symbolic links',
      EIO: 'a file that cannot be read (input/output error)',
    };
    const received = reasons[code] ?? clip(String((error as Error).message), 200);
    return { ok: false, issue: { source: path, path: '', expected: 'a readable scenario file (JSON)', received } };
  }
}

export function loadScenario(path: string, overrideTexts: readonly string[] = []): ScenarioResult {
  const file = readScenarioText(path);
  if (!file.ok) return { ok: false, issues: [file.issue] };
  const json = readJson(file.text);
  if (!json.ok) {
    return {
      ok: false,
      issues: [{ source: path, path: '', line: json.position.line, column: json.position.column, expected: 'valid JSON', received: json.message }],
    };
  }
  const overrides: Override[] = [];
  const overrideIssues: ScenarioIssue[] = [];
  for (const text of overrideTexts) {
    const parsed = parseOverride(text);
    if ('value' in parsed) overrides.push(parsed);
    else overrideIssues.push(parsed);
  }
  let raw = json.value;
  for (const override of overrides) raw = applyOverride(raw, override);
  const result = validateScenario(raw, { source: path, positions: json.positions });
  if (result.ok) return overrideIssues.length > 0 ? { ok: false, issues: overrideIssues } : result;
  // An issue under an overridden path comes from the command line, not the file.
  for (const issue of result.issues) {
    const override = overrides.find((o) => {
      const path = formatPath(o.path);
      return issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`);
    });
    if (override) {
      issue.source = `--set ${override.text}`;
      delete issue.line;
      delete issue.column;
    }
  }
  return { ok: false, issues: [...overrideIssues, ...result.issues] };
}
