// Files dragged anywhere onto the window: an overlay says they will be imported, and dropping hands
// them over. Other drags (text, links, selections inside the reader) are left alone.
import { h } from '../ui/dom';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Installs the overlay and the listeners on `doc`; `onFiles` gets the dropped files. */
export function installDropZone(doc: Document, onFiles: (files: File[]) => void): void {
  const overlay = h('div', { className: 'import-drop-overlay', 'aria-hidden': 'true', hidden: true }, h('p', {}, 'Drop files to import them'));
  doc.body.append(overlay);
  // dragenter and dragleave fire for every element crossed: count them to know when the drag left the window.
  let depth = 0;
  const hide = () => {
    depth = 0;
    overlay.hidden = true;
  };
  doc.addEventListener('dragenter', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  doc.addEventListener('dragover', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  doc.addEventListener('dragleave', (e) => {
    if (!carriesFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  doc.addEventListener('drop', (e) => {
    if (!carriesFiles(e)) return;
    // Never let the window navigate to a dropped file.
    e.preventDefault();
    hide();
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
  });
  doc.addEventListener('dragend', hide);
}
