// Which links may leave Margin for the system browser: http(s) and mailto URLs that parse.
// Everything else (javascript:, file:, custom schemes, garbage) stays refused.

/** The normalised URL when it may be opened externally, else null. */
export function externalUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:' ? url.toString() : null;
  } catch {
    return null;
  }
}
