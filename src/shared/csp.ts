// The Content-Security-Policy for every page Margin shows, built by one pure function so the
// Electron window, web mode and the dev server cannot drift apart. Nothing remote can load.

export type CspMode = 'electron' | 'web' | 'dev';

/** Returns the CSP header value for the renderer in the given mode. */
export function buildCsp(mode: CspMode): string {
  const img = ["'self'", 'data:'];
  if (mode === 'electron') img.push('margin-asset:');
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    // The dev server injects styles as <style> tags for hot reload; built pages use files only.
    'style-src': mode === 'dev' ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': img,
    'font-src': ["'self'"],
    'connect-src': mode === 'dev' ? ["'self'", 'ws:'] : ["'self'"],
    'media-src': ["'none'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}
