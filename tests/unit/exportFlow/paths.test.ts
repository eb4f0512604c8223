import { describe, expect, it } from 'vitest';
import { adjustPath } from '../../../src/renderer/export/paths';

describe('the Export dialog keeps its path in step with target and format', () => {
  it.each([
    ['/home/ana/Margin Export', 'file', 'md', '/home/ana/Margin Export/Margin notes.md'],
    ['/home/ana/Margin Export/', 'file', 'w3c', '/home/ana/Margin Export/Margin notes.json'],
    ['/home/ana/Margin Export/Margin notes.md', 'file', 'w3c', '/home/ana/Margin Export/Margin notes.json'],
    ['/home/ana/Margin Export/reading.json', 'folder', 'md', '/home/ana/Margin Export'],
    ['/home/ana/vault', 'folder', 'w3c', '/home/ana/vault'],
    ['C:\\Users\\ana\\Margin Export', 'file', 'md', 'C:\\Users\\ana\\Margin Export\\Margin notes.md'],
    ['C:\\Users\\ana\\notes.md', 'folder', 'md', 'C:\\Users\\ana'],
    ['', 'file', 'md', ''],
  ] as const)('%s → %s/%s', (input, target, format, expected) => {
    expect(adjustPath(input, target, format)).toBe(expected);
  });
});
