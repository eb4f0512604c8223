// Normalises loose metadata values (front matter, meta tags, JSON-LD) into the document's fields:
// dates to ISO, people to a display name, titles to one trimmed line. Pure functions.

const MAX_FIELD = 300;

/** One trimmed line of at most 300 characters, or null when nothing is left. */
export function cleanLine(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const line = String(value).replace(/\s+/g, ' ').trim();
  return line === '' ? null : line.slice(0, MAX_FIELD);
}

/** A date as ISO: `2024-03-01` and `2024-03` stay as written, anything else parseable becomes a full ISO timestamp. */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number' && Number.isInteger(value) && value > 999 && value < 10000) return String(value);
  const text = cleanLine(value);
  if (text === null) return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A person's display name from a string, `{ name }`, or a list of either (joined with ", "). */
export function personName(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((n): n is string => n !== null);
    return names.length > 0 ? cleanLine(names.join(', ')) : null;
  }
  if (value !== null && typeof value === 'object' && 'name' in value) return personName((value as { name: unknown }).name);
  const name = cleanLine(value);
  if (name === null) return null;
  const stripped = name.replace(/^by\s+/i, '').trim();
  return stripped === '' || stripped.length > 120 || /^https?:\/\//i.test(stripped) ? null : stripped;
}

/** The first non-null of several candidates. */
export function firstOf<T>(...values: Array<T | null | undefined>): T | null {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return null;
}
