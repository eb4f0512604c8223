// Keeps the export path field in step with the chosen target and format: a folder, or a file with
// the right extension inside it. Pure string work on paths as the user typed them (any platform).

/** Name given to a one-file export when the user has named only a folder. */
export const DEFAULT_FILE_STEM = 'Margin notes';

const FILE_EXT = /\.(md|markdown|json)$/i;

/** The separator a path uses: backslash for a Windows path without forward slashes, else '/'. */
function separator(p: string): string {
  return p.includes('\\') && !p.includes('/') ? '\\' : '/';
}

/** Whether the path names a file (ends with an export extension) rather than a folder. */
export function looksLikeFile(p: string): boolean {
  return FILE_EXT.test(p.trim());
}

/**
 * The path to show after the target or format changed: a folder path gets a file name for a
 * one-file export; a file path loses its name for a folder export; the extension follows the format.
 */
export function adjustPath(p: string, target: 'file' | 'folder', format: 'md' | 'w3c'): string {
  const trimmed = p.trim();
  if (trimmed === '') return trimmed;
  const ext = format === 'w3c' ? '.json' : '.md';
  const sep = separator(trimmed);
  if (target === 'file') {
    if (looksLikeFile(trimmed)) return trimmed.replace(FILE_EXT, ext);
    return `${trimmed.replace(/[\\/]+$/, '')}${sep}${DEFAULT_FILE_STEM}${ext}`;
  }
  if (!looksLikeFile(trimmed)) return trimmed;
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut > 0 ? trimmed.slice(0, cut) : trimmed;
}
