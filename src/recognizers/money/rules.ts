// Money: an amount with a currency. Four parsers, one regex each:
//   symbol-prefix  "$40 billion", "US$73 billion", "€2bn", "₩500 billion", "Rs 1,000 crore", "S$50 million"
//   code-prefix    "USD 5 million", "KRW 3 trillion", "EUR3.5bn"
//   suffix-word    "100 trillion-won", "5 billion yen", "50 million Swiss francs", "thirty billion dollars"
//   suffix-code    "5 million USD", "3 trillion KRW"
// Hedges, ranges and "(US$73 billion)" equivalents are attached afterwards (index.ts).
import type { Candidate, Parser } from '../numeric-shared/engine.js';
import { DIGITS, NUM_START, SCALE_AFTER, WORD_NUMBER, hasScale, parseQuantity, scaleExp } from '../numeric-shared/grammar.js';
import { isYearLike } from '../numeric-shared/context.js';
import {
  ADJECTIVE_SOURCE, AMBIGUOUS_CODES, CODES, CODE_SOURCE, CURRENCY_WORDS, CURRENCY_WORD_SOURCE,
  SYMBOLS, SYMBOL_SOURCE,
} from './currencies.js';

function money(
  start: number,
  end: number,
  amount: number | null,
  currency: string | null,
  meta: Candidate['meta'],
): Candidate | null {
  if (amount === null || currency === null || !Number.isFinite(amount) || amount <= 0) return null;
  return { start, end, value: { kind: 'money', amount, currency }, qualifiers: {}, meta };
}

function digitMeta(raw: string, scale: string | undefined, prefix: boolean): Candidate['meta'] {
  return { raw: raw.indexOf(',') < 0 ? raw : raw.replace(/,/g, ''), exp: scale ? scaleExp(scale) : 0, prefix };
}

const AMOUNT = `(${DIGITS})(${SCALE_AFTER})?`;
const LETTER_AFTER = /[A-Za-z]/;

/** A prefix amount may not run into letters ("$5G" is not money, "$1.5B" is). */
function endsCleanly(text: string, end: number): boolean {
  return !LETTER_AFTER.test(text.charAt(end));
}

export const symbolPrefix: Parser = {
  name: 'symbol-prefix',
  triggers: ['currency-symbol', 'currency-code'],
  window: [8, 36],
  pattern: new RegExp(`(?<![A-Za-z$])(${SYMBOL_SOURCE})\\s?${AMOUNT}`, 'gi'),
  extract(m, text) {
    const symbol = m[1]!.length === 1 ? m[1]! : m[1]!.replace(/\s+/g, ' ');
    const currency = SYMBOLS[symbol] ?? null;
    const end = m.index + m[0].length;
    if (!endsCleanly(text, end)) return null;
    return money(m.index, end, parseQuantity(m[2]! + (m[3] ?? '')), currency, digitMeta(m[2]!, m[3], true));
  },
};

export const codePrefix: Parser = {
  name: 'code-prefix',
  triggers: ['currency-code'],
  window: [1, 36],
  pattern: new RegExp(`(?<![A-Za-z])(${CODE_SOURCE})\\s?${AMOUNT}`, 'gi'),
  extract(m, text) {
    const code = m[1]!;
    const currency = CODES[code] ?? null; // upper case only
    const end = m.index + m[0].length;
    if (!endsCleanly(text, end)) return null;
    if (AMBIGUOUS_CODES.has(code) && !m[3]) return null;
    return money(m.index, end, parseQuantity(m[2]! + (m[3] ?? '')), currency, digitMeta(m[2]!, m[3], true));
  },
};

function currencyFromWord(word: string, adjective: string | undefined, scaled: boolean, text: string): string | null {
  const w = CURRENCY_WORDS[word.toLowerCase()];
  if (!w) return null;
  if (adjective) {
    const a = adjective.toLowerCase().replace(/\s+/g, ' ');
    const c = w.adjectives?.[a];
    if (c) return c;
    return null;
  }
  if (w.needsScale && !scaled) return null;
  return (w.countries ? countryCurrency(text, w.countries) : null) ?? w.default;
}

/** The currency the countries an article names point to, for "pesos" or "francs" ("1.2 billion francs"
 * in a story about Switzerland); none when it names several about as often. Worked out once per text and word set. */
let lastText = '';
const lastFound = new Map<Record<string, string>, string | null>();
function countryCurrency(text: string, countries: Record<string, string>): string | null {
  if (text !== lastText) {
    lastText = text;
    lastFound.clear();
  }
  let found = lastFound.get(countries);
  if (found === undefined) {
    // How often each currency's countries are named; one named at least twice as often as any other wins
    // ("pesos" in a story about Colombia that also names Mexico City once).
    const seen = new Map<string, number>();
    for (const [name, code] of Object.entries(countries)) {
      const n = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
      if (n) seen.set(code, (seen.get(code) ?? 0) + n);
    }
    const [first, second] = [...seen].sort((a, b) => b[1] - a[1]);
    found = first && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
    lastFound.set(countries, found);
  }
  return found;
}

export const suffixWord: Parser = {
  name: 'suffix-word',
  triggers: ['currency-word'],
  window: [64, 12],
  pattern: new RegExp(
    `(?:${NUM_START}${AMOUNT}|\\b(${WORD_NUMBER}))[\\s-]?(?:(${ADJECTIVE_SOURCE})\\s+)?(${CURRENCY_WORD_SOURCE})\\b(?:\\s+sterling\\b)?`,
    'gi',
  ),
  extract(m, text) {
    const digits = m[1];
    const scale = m[2];
    const words = m[3];
    const adjective = m[4];
    const word = m[5]!;
    const amountText = digits !== undefined ? digits + (scale ?? '') : words!;
    const scaled = digits !== undefined ? scale !== undefined : hasScale(words!);
    const lower = word.toLowerCase();
    if (lower === 'won' || lower === 'dong') {
      // "the team won", "in 2019 won": a verb, not the currency.
      if (words !== undefined && !scaled) return null;
      if (digits !== undefined && !scaled && isYearLike(digits)) return null;
      // "3 won" (a score, a vote count); real amounts in won without a scale are large ("5,000 won").
      if (digits !== undefined && !scaled && !/[,.]/.test(digits) && Number(digits) < 100) return null;
    }
    if (words !== undefined && !scaled && /^(?:an?|half)\b/i.test(words)) return null;
    const currency = currencyFromWord(word, adjective, scaled || adjective !== undefined, text);
    const meta = digits !== undefined ? digitMeta(digits, scale, false) : { prefix: false };
    return money(m.index, m.index + m[0].length, parseQuantity(amountText), currency, meta);
  },
};

export const suffixCode: Parser = {
  name: 'suffix-code',
  triggers: ['currency-code'],
  window: [48, 4],
  pattern: new RegExp(`${NUM_START}${AMOUNT}\\s?(${CODE_SOURCE})\\b`, 'gi'),
  extract(m) {
    const code = m[3]!;
    const currency = CODES[code] ?? null;
    if (AMBIGUOUS_CODES.has(code) && !m[2]) return null;
    return money(m.index, m.index + m[0].length, parseQuantity(m[1]! + (m[2] ?? '')), currency, digitMeta(m[1]!, m[2], false));
  },
};

export const parsers: Parser[] = [symbolPrefix, codePrefix, suffixWord, suffixCode];
