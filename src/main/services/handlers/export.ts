// Handlers for Markdown and W3C export and W3C import.
import type { Handlers } from '../../../shared/api/contract';
import { MarginError } from '../../../shared/api/result';
import type { CoreServices } from '../services';

type ExportMethods = 'export.run' | 'export.markdown' | 'export.defaultFolder' | 'annotations.importW3C';

const notYet = () => {
  throw new MarginError('internal', 'Export is not available yet.');
};

export function exportHandlers(_s: CoreServices): Pick<Handlers, ExportMethods> {
  return { 'export.run': notYet, 'export.markdown': notYet, 'export.defaultFolder': notYet, 'annotations.importW3C': notYet };
}
