// Runs exportToFolder for exportService.test.ts as an ordinary user (see tests/support/asUser.ts):
// reads { out, articles, now } as JSON on stdin, prints { summary } or { error } as JSON. Not a test file.
import { exportToFolder } from '../../../src/main/export/exportService';
import { exportOptions, type ExportArticle } from '../../../src/shared/export/types';

const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
const { out, articles, now } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { out: string; articles: ExportArticle[]; now: string };
try {
  const summary = await exportToFolder(out, articles, exportOptions({ now: new Date(now) }));
  process.stdout.write(JSON.stringify({ summary }));
} catch (err) {
  process.stdout.write(JSON.stringify({ error: (err as Error).message }));
}
