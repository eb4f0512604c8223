import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/main/import';

const RU = 'Съешь же ещё этих мягких французских булок, да выпей чаю.\nПривет, мир! Как дела?';
const UK = 'Чуєш їх, доцю, га? Кумедна ж ти, прощайся без ґольфів!\nІншого шляху немає, Євгене.';
const FR = "Où est la forêt ? À l'été, ça va très bien, élève. « Déjà vu », dit-il en haussant les épaules.";
const enc = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding, { addBOM: false }));
const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);

describe('decodeBytes', () => {
  it.each([
    ['Russian in windows-1251', RU, 'windows-1251'],
    ['Ukrainian in windows-1251', UK, 'windows-1251'],
    ['Russian in KOI8-R', RU, 'koi8-r'],
    ['a short KOI8-R word', 'Привет', 'koi8-r'],
    ['a short windows-1251 word', 'Привет', 'windows-1251'],
    ['Ukrainian in KOI8-U', UK, 'koi8-u'],
    ['French in latin-1', FR, 'iso-8859-1'],
    ['Russian in UTF-16LE without BOM', RU, 'utf-16le'],
    ['English in UTF-16BE without BOM', 'Plain English text, nothing special.', 'utf-16be'],
  ])('reads %s back exactly', (_label, text, encoding) => {
    const decoded = decodeBytes(enc(text, encoding));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
  });

  it('reads a Cyrillic UTF-16LE text without spaces or BOM', () => {
    const text = 'ЩукаИКарасьЖивутВПрудуДавноИСчастливо'.repeat(2);
    expect(decodeBytes(enc(text, 'utf-16le'))).toEqual({ text, encoding: 'utf-16le' });
  });

  it.each([
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], enc(UK, 'utf-8')), 'utf-8'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], enc(RU, 'utf-16le')), 'utf-16le'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], enc(UK, 'utf-16be')), 'utf-16be'],
  ])('strips the BOM of %s', (_label, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(encoding === 'utf-16le' ? RU : UK);
  });

  it('reads plain UTF-8 and ASCII as utf-8', () => {
    expect(decodeBytes(enc(UK, 'utf-8'))).toEqual({ text: UK, encoding: 'utf-8' });
    expect(decodeBytes(enc('just ascii', 'utf-8'))).toEqual({ text: 'just ascii', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('keeps a mostly-UTF-8 file as UTF-8 with the broken byte replaced', () => {
    const bytes = new Uint8Array([...enc('Привет, ', 'utf-8'), 0xff, ...enc('мир и всё такое', 'utf-8')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Привет, \uFFFDмир и всё такое', encoding: 'utf-8' });
  });

  it('never throws, whatever the bytes', () => {
    let seed = 42;
    for (let n = 0; n < 20; n++) {
      const bytes = new Uint8Array(1 + n * 97).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255);
      const decoded = decodeBytes(bytes);
      expect(typeof decoded.text).toBe('string');
      expect(decoded.encoding).toMatch(/\S/);
    }
  });
});
