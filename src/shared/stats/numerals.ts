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

/**
 * Reads the digit numeral starting at `start` (which must be a digit). Returns null for a digit
 * string that is not a single number: a version or address ("1.2.3", "192.168.0.1").
 */
/** The digits of the numeral written at [start, end), without separators or leading zeros
 * ("1,020.010" → "1020010"): equal digit strings written differently are one figure stated twice. */
export function digitsOf(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c) && !(out === '' && c === 48 && i + 1 < end && isDigit(text.charCodeAt(i + 1)))) out += text[i];
  }
  return out;
}

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
  const groups: string[] = [text.slice(i, j)];
  const seps: number[] = [];
  i = j;
  while (i + 1 < text.length) {
    const sep = text.charCodeAt(i);
    if (!isSeparator(sep) || !isDigit(text.charCodeAt(i + 1))) break;
    j = i + 1;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    const group = text.slice(i + 1, j);
    // A space groups thousands only between a 1–3 digit head and exact 3-digit groups
    // ("2019 125 people" is two numbers).
    if (isSpace(sep) && (group.length !== 3 || groups[0]!.length > 3 || (seps.length > 0 && !seps.every(isSpace)))) break;
    groups.push(group);
    seps.push(sep);
    i = j;
  }
  return interpret(groups, seps, start, i);
}

function interpret(groups: string[], seps: number[], start: number, end: number): Numeral | null {
  const digitCount = groups.reduce((n, g) => n + g.length, 0);
  const make = (intPart: string, fracPart: string, malformed = false): Numeral => ({
    value: Number(fracPart ? `${intPart}.${fracPart}` : intPart),
    start,
    end,
    digitCount,
    separated: seps.length > 0,
    decimal: fracPart.length > 0,
    malformed,
  });
  if (seps.length === 0) return make(groups[0]!, '');
  const head = groups[0]!;
  const tail = groups.slice(1);
  const allThree = tail.every((g) => g.length === 3);
  const first = seps[0]!;
  const uniform = seps.every((s) => s === first || (isSpace(s) && isSpace(first)));
  if (uniform) {
    if (isSpace(first)) return make(groups.join(''), '');
    if (seps.length === 1) {
      // "1,020" groups thousands; "1,5" is a decimal comma; "3.25" and "1.020" are decimal points.
      if (first === 44 && tail[0]!.length === 3 && head.length <= 3) return make(head + tail[0], '');
      return make(head, tail[0]!);
    }
    if (allThree && head.length <= 3) return make(groups.join(''), '');
    // Indian grouping: "1,00,000", "12,34,56,789".
    const indian = first === 44 && head.length <= 2 && tail[tail.length - 1]!.length === 3 && tail.slice(0, -1).every((g) => g.length === 2);
    if (indian) return make(groups.join(''), '');
    return null;
  }
  // Mixed separators: all but the last group thousands, the last one a decimal mark…
  const thousands = seps.slice(0, -1);
  const last = seps[seps.length - 1]!;
  const leading = tail.slice(0, -1);
  const sameThousands = thousands.every((s) => s === thousands[0] || (isSpace(s) && isSpace(thousands[0]!)));
  if (!sameThousands || !leading.every((g) => g.length === 3) || head.length > 3 || isSpace(last)) return null;
  const fraction = tail[tail.length - 1]!;
  // …unless the "decimal" part is itself a 3-digit group: "1,020.010" is 1,020,010 with a typo.
  if (fraction.length === 3) return make(groups.join(''), '', true);
  return make(head + leading.join(''), fraction);
}
