// Reads a numeral written in digits, in the usual separator styles (1,020,010 · 1 020 010 ·
// 1.020.010 · 1,5 · 3.25), and flags malformed mixes ("1,020.010"). Digits only: no words, no units.

/** A numeral read from the text. */
export interface Numeral {
  value: number;
  start: number;
  end: number;
  /** How many digits it has, separators and decimal mark aside. */
  digitCount: number;
  /** True when it has thousands separators or a decimal mark. */
  separated: boolean;
  /** True when it has a decimal part. */
  decimal: boolean;
  /** True when its separators contradict each other and it was read as an integer anyway. */
  malformed: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Characters that can group thousands: comma, period, space, no-break, thin and narrow no-break space. */
const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
const isSeparator = (c: number): boolean => c === 44 || c === 46 || isSpace(c);
const COMMA = 44;

/** The digits of the numeral written at [start, end), without separators or leading zeros
 * ("1,020.010" → "1020010"): equal digit strings written differently are one figure stated twice. */
export function digitsOf(text: string, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) || (out === '' && c === 48 && i + 1 < end && isDigit(text.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    // A run of digits at once.
    let j = i + 1;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    out += text.slice(i, j);
    i = j;
  }
  return out;
}

/** The first character of digitsOf(text, start, end) as a UTF-16 code, -1 if it is empty: a cheap first test of equal digits. */
export function firstDigitOf(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c) && !(c === 48 && i + 1 < end && isDigit(text.charCodeAt(i + 1)))) return c;
  }
  return -1;
}

/**
 * The groups of the numeral being read, as [start, end) offsets, and the separator before each
 * group after the first: scratch arrays reused by every call (a numeral is read to the end before
 * the next one starts), so reading one allocates nothing but its result.
 */
const groupStart: number[] = [];
const groupEnd: number[] = [];
const sepBefore: number[] = [];

const glen = (g: number): number => groupEnd[g]! - groupStart[g]!;

/** Powers of ten exact in a double, for decimal values computed without building a string. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of the first `intGroups` groups read as one integer part, with group `frac` (or none, -1) as the
 * decimal part: what Number("intpart.frac") gives. Up to 15 digits the integer is exact and one
 * correctly rounded division gives the same double as parsing the string.
 */
function valueOf(text: string, intGroups: number, frac: number): number {
  let digits = frac >= 0 ? glen(frac) : 0;
  for (let g = 0; g < intGroups; g++) digits += glen(g);
  if (digits > 15) {
    let s = '';
    for (let g = 0; g < intGroups; g++) s += text.slice(groupStart[g], groupEnd[g]);
    if (frac >= 0) s += `.${text.slice(groupStart[frac], groupEnd[frac])}`;
    return Number(s);
  }
  let n = 0;
  for (let g = 0; g < intGroups; g++) for (let k = groupStart[g]!; k < groupEnd[g]!; k++) n = n * 10 + (text.charCodeAt(k) - 48);
  if (frac < 0) return n;
  for (let k = groupStart[frac]!; k < groupEnd[frac]!; k++) n = n * 10 + (text.charCodeAt(k) - 48);
  return n / POW10[glen(frac)]!;
}

/**
 * Reads the digit numeral starting at `start` (which must be a digit). Returns null for a digit
 * string that is not a single number: a version or address ("1.2.3", "192.168.0.1").
 */
export function readNumeral(text: string, start: number): Numeral | null {
  let i = start;
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  // Fast path: most numerals have no separator.
  if (j + 1 >= text.length || !isSeparator(text.charCodeAt(j)) || !isDigit(text.charCodeAt(j + 1))) {
    let value = 0;
    if (j - i <= 15) for (let k = i; k < j; k++) value = value * 10 + (text.charCodeAt(k) - 48);
    else value = Number(text.slice(i, j));
    return { value, start, end: j, digitCount: j - i, separated: false, decimal: false, malformed: false };
  }
  groupStart[0] = i;
  groupEnd[0] = j;
  let groups = 1;
  let allSpaces = true;
  i = j;
  while (i + 1 < text.length) {
    const sep = text.charCodeAt(i);
    if (!isSeparator(sep) || !isDigit(text.charCodeAt(i + 1))) break;
    j = i + 1;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    // A space groups thousands only between a 1–3 digit head and exact 3-digit groups
    // ("2019 125 people" is two numbers).
    if (isSpace(sep) && (j - i - 1 !== 3 || glen(0) > 3 || (groups > 1 && !allSpaces))) break;
    groupStart[groups] = i + 1;
    groupEnd[groups] = j;
    sepBefore[groups] = sep;
    if (!isSpace(sep)) allSpaces = false;
    groups++;
    i = j;
  }
  return interpret(text, groups, start, i);
}

function numeral(text: string, groups: number, start: number, end: number, intGroups: number, frac: number, malformed: boolean): Numeral {
  let digitCount = 0;
  for (let g = 0; g < groups; g++) digitCount += glen(g);
  return { value: valueOf(text, intGroups, frac), start, end, digitCount, separated: groups > 1, decimal: frac >= 0, malformed };
}

/**
 * Makes the numeral of `groups` groups (in the scratch arrays) one value: the first groups are its
 * integer part and `frac` (or none, -1) its decimal part. Null if the separators say it is not one number.
 */
function interpret(text: string, groups: number, start: number, end: number): Numeral | null {
  if (groups === 1) return numeral(text, groups, start, end, 1, -1, false);
  const last = groups - 1;
  const head = glen(0);
  let allThree = true;
  for (let g = 1; g < groups; g++) if (glen(g) !== 3) allThree = false;
  const first = sepBefore[1]!;
  let uniform = true;
  for (let g = 2; g < groups; g++) {
    const s = sepBefore[g]!;
    if (!(s === first || (isSpace(s) && isSpace(first)))) uniform = false;
  }
  if (uniform) {
    if (isSpace(first)) return numeral(text, groups, start, end, groups, -1, false);
    if (groups === 2) {
      // "1,020" groups thousands; "1,5" is a decimal comma; "3.25" and "1.020" are decimal points.
      if (first === COMMA && glen(1) === 3 && head <= 3) return numeral(text, groups, start, end, 2, -1, false);
      return numeral(text, groups, start, end, 1, 1, false);
    }
    if (allThree && head <= 3) return numeral(text, groups, start, end, groups, -1, false);
    // Indian grouping: "1,00,000", "12,34,56,789".
    let indian = first === COMMA && head <= 2 && glen(last) === 3;
    for (let g = 1; indian && g < last; g++) if (glen(g) !== 2) indian = false;
    if (indian) return numeral(text, groups, start, end, groups, -1, false);
    return null;
  }
  // Mixed separators: all but the last group thousands, the last one a decimal mark…
  const thousands = sepBefore[1]!;
  for (let g = 2; g < last; g++) {
    const s = sepBefore[g]!;
    if (!(s === thousands || (isSpace(s) && isSpace(thousands)))) return null;
  }
  for (let g = 1; g < last; g++) if (glen(g) !== 3) return null;
  if (head > 3 || isSpace(sepBefore[last]!)) return null;
  // …unless the "decimal" part is itself a 3-digit group: "1,020.010" is 1,020,010 with a typo.
  if (glen(last) === 3) return numeral(text, groups, start, end, groups, -1, true);
  return numeral(text, groups, start, end, last, last, false);
}
