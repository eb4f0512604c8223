// Ctrl/Cmd+V outside text fields imports what was copied: files, HTML (part of a web page) or plain
// text. Pastes into inputs, text areas and editable regions are theirs, untouched.
import type { ImportFlow } from './flow';

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** Listens for pastes on `doc` and hands them to the import flow. */
export function installPaste(doc: Document, flow: ImportFlow): void {
  doc.addEventListener('paste', (e) => {
    if (e.defaultPrevented || inTextField(e.target) || inTextField(doc.activeElement)) return;
    const data = e.clipboardData;
    if (!data) return;
    const files = Array.from(data.files);
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    if (files.length === 0 && !html.trim() && !text.trim()) return;
    e.preventDefault();
    if (files.length > 0 && !html.trim() && !text.trim()) void flow.importFiles(files);
    else void flow.importPaste(text, html);
  });
}
