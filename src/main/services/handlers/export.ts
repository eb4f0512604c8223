// Handlers for Markdown and W3C export and W3C import. They translate; the Exporter holds the
// logic (src/main/services/exporter.ts).
import type { Handlers } from '../../../shared/api/contract';
import { Exporter } from '../exporter';
import type { CoreServices } from '../services';

type ExportMethods = 'export.run' | 'export.markdown' | 'export.defaultFolder' | 'annotations.importW3C';

/** The export methods of the handler table, over one Exporter built from the core services. */
export function exportHandlers(s: CoreServices): Pick<Handlers, ExportMethods> {
  const exporter = new Exporter(s);
  return {
    'export.run': (args) => exporter.run(args),
    'export.markdown': ({ articleId, options }) => exporter.markdown(articleId, options),
    'export.defaultFolder': () => exporter.defaultFolder(),
    'annotations.importW3C': ({ json }) => exporter.importW3C(json),
  };
}
