// Reads a File the user dropped or pasted into base64 for import.bytes. Files over the import limit
// are refused here, before their bytes cross to the services.
import type { ImportItemResult } from '../../shared/api/contract';

/** The importer's limit (src/main/import/types.ts MAX_FILE_BYTES). */
export const MAX_DROP_BYTES = 50 * 1024 * 1024;

/** The file's bytes as base64 (FileReader does the encoding natively). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** A failed result for a file that cannot be sent, or null when it can. */
export function refuseFile(file: File): ImportItemResult | null {
  if (file.size > MAX_DROP_BYTES) {
    const mb = Number((file.size / (1024 * 1024)).toFixed(1));
    return { name: file.name, status: 'failed', message: `"${file.name}" is too large (${mb} MB; the limit is 50 MB)` };
  }
  return null;
}
