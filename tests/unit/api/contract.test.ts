import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/api/contract';
import { METHODS } from '../../../src/shared/api/methods';
import { createServices } from '../../../src/main/services/services';
import { buildCsp } from '../../../src/shared/csp';
import { externalUrl } from '../../../src/shared/externalUrl';
import { SEEDS, tempDir } from '../../support/tmp';

describe('the API contract', () => {
  it('has one schema per method name, and the handler table covers every entry exactly', async () => {
    expect(Object.keys(contract).sort()).toEqual([...METHODS].sort());
    const services = await createServices({ dir: tempDir(), seedsDir: SEEDS });
    expect(Object.keys(services.handlers).sort()).toEqual([...METHODS].sort());
  });

  it('dispatches with validation: unknown names and bad arguments come back as error values', async () => {
    const { dispatch } = await createServices({ dir: tempDir(), seedsDir: SEEDS });
    expect(await dispatch('fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('articles.open', { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await dispatch('articles.open', { id: 'doesnotexist' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const list = await dispatch('articles.list', {});
    expect(list.ok).toBe(true);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows only our own scripts and no remote loads in every mode', () => {
    for (const mode of ['electron', 'web', 'dev'] as const) {
      const csp = buildCsp(mode);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/base-uri 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
    }
    expect(buildCsp('web')).not.toMatch(/unsafe-inline/);
    expect(buildCsp('electron')).toMatch(/img-src 'self' data: margin-asset:/);
  });
});

describe('links that may leave the app', () => {
  it.each([
    ['https://kyivindependent.com/a?b=1', 'https://kyivindependent.com/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['margin://article/x', null],
    ['not a url', null],
    ['  JAVASCRIPT:alert(1)', null],
  ])('%s → %s', (raw, want) => {
    expect(externalUrl(raw)).toBe(want);
  });
});
