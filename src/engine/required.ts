// What a pattern requires of a sentence before it is worth running: kinds of value ({money}, {org}) and
// words. Both are read from the pattern's structure (sequences, groups, alternatives, quantifiers,
// lookarounds) and are sound: a sentence that lacks them cannot match.
import { KINDS } from './kinds.js';

/** The quantifier at `i` (its length, and whether it allows zero repetitions), or null. */
export function quantifierAt(source: string, i: number): { length: number; optional: boolean } | null {
  const c = source[i];
  if (c !== '?' && c !== '*' && c !== '+' && c !== '{') return null;
  const m = /^(?:([?*+])|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(i, i + 40));
  if (!m) return null;
  return { length: m[0].length, optional: m[1] === '?' || m[1] === '*' || (m[2] !== undefined && Number(m[2]) === 0) };
}

/** Words shorter than this are not worth looking for (and "as", "of" are in every sentence). */
const MIN_WORD = 3;
/** Characters a word may hold: ASCII and punctuation without case, so that lower case is all the case folding there is. */
const CASELESS = /^[\x20-\x7e’‘“”–—…]+$/;

/** Requirements as clauses: the sentence must hold one item of each clause. */
export interface Required {
  /** Kinds of value ({money}, {org} and the like). */
  kinds: string[][];
  /** Words, in lower case. */
  words: string[][];
}

/** Of a choice, each alternative gives one clause (its fewest items, then its longest); one of them must hold. */
function fold(alts: string[][][]): string[][] {
  if (alts.length === 1) return alts[0]!;
  if (alts.some((a) => a.length === 0)) return [];
  const best = (a: string[][]) => [...a].sort((x, y) => x.length - y.length || Math.min(...y.map((w) => w.length)) - Math.min(...x.map((w) => w.length)))[0]!;
  return [[...new Set(alts.flatMap(best))]];
}

/**
 * What every match of the pattern holds. A pattern is read as sequences, groups, alternatives and
 * quantifiers: an optional element or a negative lookaround requires nothing; of a choice, each alternative
 * must require something. A word is a run of literal characters; a placeholder, a class, an escape such as
 * \s or an optional part ends it. Placeholders written out in the pattern (\uE000org…) are skipped whole:
 * their text is in the tagged sentence only.
 */
export function required(pattern: string): Required {
  const p = pattern;
  let i = 0;
  // OPEN or CLOSE as a character or as an escape (\uE000); the escape is tested only where a backslash is.
  const escapeOf = (j: number, last: string) => p.charCodeAt(j) === 92 && p[j + 1] === 'u' && /^[eE]00$/.test(p.slice(j + 2, j + 5)) && p[j + 5] === last;
  const isOpen = (j: number) => p[j] === '\uE000' || escapeOf(j, '0');
  const isClose = (j: number) => p[j] === '\uE001' || escapeOf(j, '1');
  const skipClass = () => {
    i++;
    while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
    i++;
  };
  // A placeholder: from its OPEN to its CLOSE, or to the end of the enclosing group or alternative.
  const skipTag = () => {
    i += p[i] === '\uE000' ? 1 : 6;
    let depth = 0;
    while (i < p.length) {
      if (isClose(i)) {
        i += p[i] === '\uE001' ? 1 : 6;
        return;
      }
      const c = p[i]!;
      if (c === '\\') i += 2;
      else if (c === '[') skipClass();
      else {
        if (c === '(') depth++;
        else if (c === ')') {
          if (depth === 0) return;
          depth--;
        } else if (c === '|' && depth === 0) return;
        i++;
      }
    }
  };
  const skipQuantifier = () => {
    const q = quantifierAt(p, i);
    if (q) i += q.length;
    return q;
  };
  // One alternation up to the closing parenthesis (or the end): its clauses.
  const alternation = (): Required => {
    const kinds: string[][][] = [[]];
    const words: string[][][] = [[]];
    let run = '';
    const endRun = () => {
      if (run.length >= MIN_WORD && CASELESS.test(run)) words[words.length - 1]!.push([run]);
      run = '';
    };
    while (i < p.length && p[i] !== ')') {
      const c = p[i]!;
      if (c === '|') {
        endRun();
        kinds.push([]);
        words.push([]);
        i++;
        continue;
      }
      if (isOpen(i)) {
        endRun();
        skipTag();
        skipQuantifier();
        continue;
      }
      if (c === '(') {
        endRun();
        const negative = /^\(\?<?!/.test(p.slice(i, i + 4));
        i += /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z]\w*>))?/.exec(p.slice(i, i + 40))![0].length;
        const inner = alternation();
        i++; // ")"
        const q = skipQuantifier();
        if (!negative && !q?.optional) {
          kinds[kinds.length - 1]!.push(...inner.kinds);
          words[words.length - 1]!.push(...inner.words);
        }
        continue;
      }
      const macro = c === '{' ? /^\{([a-z_]+)(?::\w+)?\}/.exec(p.slice(i, i + 40)) : null;
      if (c === '[' || c === '.' || macro) {
        endRun();
        if (c === '[') skipClass();
        else i += macro ? macro[0].length : 1;
        const kind = macro ? (KINDS[macro[1]!] ?? KINDS[macro[1]!.replace(/ies$/, 'y').replace(/s$/, '')]) : undefined;
        if (!skipQuantifier()?.optional && kind) kinds[kinds.length - 1]!.push(kind.replace(/[()?:]/g, '').split('|'));
        continue;
      }
      if (c === '^' || c === '$') {
        i++;
        continue;
      }
      let ch = c;
      if (c === '\\') {
        const n = p[i + 1] ?? '';
        if (n === 'b' || n === 'B') {
          i += 2; // zero width
          continue;
        }
        if (!/[.\\()[\]{}|?*+^$/\-'’"“”,:;!&#%@=<>~`]/.test(n)) {
          // \s \w \d \uXXXX \p{…} \k<…> and the like: not one known character.
          endRun();
          const len = n === 'u' ? (p[i + 2] === '{' ? p.indexOf('}', i) + 1 - i : 6) : n === 'x' ? 4 : n === 'p' || n === 'P' ? p.indexOf('}', i) + 1 - i : n === 'k' ? p.indexOf('>', i) + 1 - i : 2;
          i += Math.max(2, len);
          skipQuantifier();
          continue;
        }
        ch = n;
        i += 2;
      } else i++;
      const q = skipQuantifier();
      if (q?.optional) endRun(); // "partners?": the word is "partner"
      else {
        run += ch.toLowerCase();
        if (q) endRun(); // repeated: what follows is not next to it
      }
    }
    endRun();
    return { kinds: fold(kinds), words: fold(words) };
  };
  const out: Required = { kinds: [], words: [] };
  while (i < p.length) {
    const r = alternation();
    out.kinds.push(...r.kinds);
    out.words.push(...r.words);
    i++; // an unbalanced ")": keep reading
  }
  return out;
}
