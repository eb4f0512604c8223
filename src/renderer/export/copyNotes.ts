// "Copy notes as Markdown": puts one article's highlights and notes on the clipboard as export's
// Markdown (no front matter), through the async clipboard or, where that is refused, a copy command.
import type { Api } from '../../shared/api/client';
import { h } from '../ui/dom';
import { toast } from '../ui/toast';

/** Copies through a hidden text field and the copy command; false when the browser refuses. */
function copyWithCommand(text: string): boolean {
  const field = h('textarea', { className: 'export-clipboard', 'aria-hidden': 'true', tabindex: -1 });
  field.value = text;
  const focused = document.activeElement as HTMLElement | null;
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } finally {
    field.remove();
    focused?.focus();
  }
}

/** Puts `text` on the clipboard; throws with the browser's reason when neither way works. */
async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch (err) {
    if (!copyWithCommand(text)) throw err;
  }
}

/** Copies the article's notes as Markdown and says so in a toast (or says why it could not). */
export async function copyNotes(api: Api, articleId: string, title: string): Promise<void> {
  const md = await api.call('export.markdown', { articleId });
  if (!md.ok) return toast(md.error.message, { error: true });
  try {
    await writeClipboard(md.value);
    toast(`Copied the notes of "${title}" as Markdown.`);
  } catch (err) {
    toast(`Could not copy to the clipboard: ${(err as Error).message}`, { error: true });
  }
}
