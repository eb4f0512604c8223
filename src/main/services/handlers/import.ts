// Handlers for importing files, folders, dropped bytes and web pages.
import type { Handlers } from '../../../shared/api/contract';
import { MarginError } from '../../../shared/api/result';
import type { CoreServices } from '../services';

type ImportMethods = 'import.files' | 'import.bytes' | 'import.folder' | 'import.cancel' | 'import.url';

const notYet = () => {
  throw new MarginError('internal', 'This import is not available yet.');
};

export function importHandlers(_s: CoreServices): Pick<Handlers, ImportMethods> {
  return { 'import.files': notYet, 'import.bytes': notYet, 'import.folder': notYet, 'import.cancel': notYet, 'import.url': notYet };
}
