// YAML front matter of exported files: splitting it off a file, building Margin's keys, and writing
// them into what the user already has without touching the keys, order or comments Margin does not own.
import YAML from 'yaml';

/** A file split into its front matter (the YAML between the `---` lines, or null) and the rest. */
export interface SplitFile {
  yaml: string | null;
  body: string;
}

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits YAML front matter off a Markdown file. */
export function splitFrontMatter(md: string): SplitFile {
  const m = FRONT_MATTER.exec(md);
  if (!m) return { yaml: null, body: md };
  return { yaml: m[1] ?? '', body: md.slice(m[0].length) };
}

/** Reads front matter as a plain object; empty when missing, not a mapping or not valid YAML. */
export function readFrontMatter(yaml: string | null): Record<string, unknown> {
  if (yaml === null) return {};
  try {
    const data: unknown = YAML.parse(yaml);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Values Margin writes; null removes the key. */
export type OwnedKeys = Record<string, string | number | string[] | null>;

// Strings a YAML 1.1 reader (as many Markdown tools use) would take for a boolean or null.
const AMBIGUOUS = /^(y|yes|n|no|on|off|true|false|null|~)$/i;

function node(doc: YAML.Document, value: string | number | string[], quoted: boolean): unknown {
  if (Array.isArray(value)) {
    const seq = doc.createNode(value.map((v) => node(doc, v, AMBIGUOUS.test(v))));
    return seq;
  }
  const scalar = doc.createNode(value) as YAML.Scalar;
  if (typeof value === 'string' && (quoted || AMBIGUOUS.test(value))) scalar.type = 'QUOTE_DOUBLE';
  return scalar;
}

/**
 * The front matter block ("---\n…\n---\n") with Margin's keys set to `owned` (in that order for new
 * keys), on top of `existingYaml` when it is a valid mapping. Keys named in `quoted` are always
 * double-quoted strings.
 */
export function writeFrontMatter(owned: OwnedKeys, existingYaml: string | null, quoted: readonly string[] = []): string {
  const doc = usableDocument(existingYaml) ?? new YAML.Document({});
  for (const [key, value] of Object.entries(owned)) {
    if (value === null) doc.delete(key);
    else doc.set(key, node(doc, value, quoted.includes(key)));
  }
  const text = doc.toString({ lineWidth: 0 });
  return `---\n${text.endsWith('\n') ? text : `${text}\n`}---\n`;
}

/** The user's front matter as an editable document, or null when it is missing, broken or not a mapping. */
function usableDocument(yaml: string | null): YAML.Document | null {
  if (yaml === null) return null;
  const doc: YAML.Document = YAML.parseDocument(yaml);
  if (doc.errors.length > 0) return null;
  if (doc.contents === null) doc.contents = doc.createNode({});
  return YAML.isMap(doc.contents) ? doc : null;
}
