import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, nameKey, safeFileName, uniqueFileName, utf8Length } from '../../../src/shared/export/fileName';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;

/** What every file name must satisfy on Windows, macOS and Linux. */
function expectSafe(name: string) {
  expect(name.endsWith('.md')).toBe(true);
  expect(name).not.toMatch(FORBIDDEN);
  expect(name).not.toMatch(/^[.\s]/);
  expect(name.slice(0, -3)).not.toMatch(/[.\s]$/);
  expect(name.split('.')[0]).not.toMatch(RESERVED);
  expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(Buffer.byteLength(name, 'utf8')).toBe(utf8Length(name));
  // No split surrogate pair: the name survives a UTF-8 round trip unchanged.
  expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
}

describe('file names from titles', () => {
  it.each([
    ['A plain title', 'A plain title.md'],
    ['../../etc/passwd', 'etc passwd.md'],
    ['..\\..\\Windows\\System32', 'Windows System32.md'],
    ['CON', 'CON_.md'],
    ['con.txt', 'con_.txt.md'],
    ['nul .tar.gz', 'nul_.tar.gz.md'],
    ['LPT1', 'LPT1_.md'],
    ['Trailing dots...', 'Trailing dots.md'],
    ['', 'Untitled.md'],
    ['   ', 'Untitled.md'],
    ['...', 'Untitled.md'],
    ['What? Why: "this" <now> | maybe*', 'What Why this now maybe.md'],
    ['C# [draft] ^1', 'C draft 1.md'],
    ['tab\there\nnewline', 'tab here newline.md'],
    ['\u202eevil\u202c.exe', 'evil.exe.md'],
  ])('%j → %j', (title, expected) => {
    expect(safeFileName(title)).toBe(expected);
    expectSafe(safeFileName(title));
  });

  it('cuts 300 emoji to at most 200 UTF-8 bytes without splitting one', () => {
    const name = safeFileName('😀'.repeat(300));
    expectSafe(name);
    expect(name).toMatch(/^(😀)+\.md$/u);
    expect(utf8Length(name)).toBeGreaterThan(180);
  });

  it('never cuts inside an emoji sequence (family, flags)', () => {
    const name = safeFileName('👨‍👩‍👧‍👦'.repeat(40));
    expectSafe(name);
    expect(name.slice(0, -3)).toMatch(/^(👨‍👩‍👧‍👦)+$/u);
  });

  it('cuts long accented titles on a character boundary and drops the trailing space', () => {
    const name = safeFileName('é'.repeat(95) + ' ' + 'x'.repeat(200));
    expectSafe(name);
  });

  it('makes names unique in a folder, ignoring case', () => {
    const taken = new Set([nameKey('Report.md'), nameKey('notes.md')]);
    expect(uniqueFileName('report', taken)).toBe('report (2).md');
    expect(uniqueFileName('Report', taken)).toBe('Report (3).md');
    expect(uniqueFileName('Other', taken)).toBe('Other.md');
    const long = uniqueFileName('x'.repeat(400), new Set([nameKey(safeFileName('x'.repeat(400)))]));
    expect(long).toMatch(/ \(2\)\.md$/);
    expectSafe(long);
  });
});
