/** The command line in-process, capturing what a terminal would see (tests of the CLI). */
import { main } from '../../sim/cli/main';

/** Where the progress line goes: into the captured stderr, nowhere, or the real terminal's stderr (main's default). */
export type ProgressSink = 'captured' | 'quiet' | 'terminal';

export async function runCli(argv: readonly string[], progress: ProgressSink = 'terminal'): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const write = (text: string) => {
    if (progress === 'captured') stderr += text;
    return true;
  };
  const stream = progress === 'terminal' ? process.stderr : ({ isTTY: false, write } as unknown as NodeJS.WriteStream);
  const code = await main(
    argv,
    (text) => (stdout += text),
    (text) => (stderr += text),
    stream,
  );
  return { code, stdout, stderr };
}
