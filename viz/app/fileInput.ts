/** Scenario files from the file picker or dropped anywhere on the page. */

export type FileText = { ok: true; name: string; text: string } | { ok: false; problem: 'big' | 'unreadable' };

export async function readScenarioFile(file: File, limit: number): Promise<FileText> {
  if (file.size > limit) return { ok: false, problem: 'big' };
  try {
    return { ok: true, name: file.name, text: await file.text() };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Calls `onFile` with a file chosen in `input` or dropped on the page; `overlay` shows while a file is dragged over. */
export function watchScenarioFiles(doc: Document, input: HTMLInputElement, overlay: HTMLElement, onFile: (file: File) => void): void {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after editing it) loads it again.
    input.value = '';
    if (file) onFile(file);
  });
  let depth = 0;
  doc.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  doc.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    // Without this the browser would open the file in place of the page.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  doc.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  doc.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
