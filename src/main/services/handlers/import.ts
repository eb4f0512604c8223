// Handlers for importing files, folders, dropped bytes and web pages. Folder imports run as jobs
// (progress on the event bus, cancellable by id); the Importer holds the logic.
import type { Handlers } from '../../../shared/api/contract';
import { MarginError } from '../../../shared/api/result';
import type { CoreServices } from '../services';

type ImportMethods = 'import.files' | 'import.bytes' | 'import.folder' | 'import.cancel' | 'import.url';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a base64 string, refusing anything that is not base64. */
function decodeBase64(name: string, base64: string): Uint8Array {
  const compact = base64.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact)) throw new MarginError('bad_input', `"${name}" could not be read: its bytes did not arrive intact.`);
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

export function importHandlers(s: CoreServices): Pick<Handlers, ImportMethods> {
  const jobs = s.importJobs;
  return {
    'import.files': ({ paths }) => s.importer.importFiles(paths),
    'import.bytes': ({ name, base64 }) => s.importer.importBytes(name, decodeBase64(name, base64)),
    'import.folder': ({ path, jobId }) => jobs.folder(path, jobId),
    'import.cancel': ({ jobId }) => jobs.cancel(jobId),
    'import.url': ({ url }) => s.importer.importUrl(url),
  };
}
