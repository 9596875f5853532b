// Ranks: a position in an order. Ten parsers, one regex each:
//   ordinal-superlative  "second-largest", "the world's fifth-largest", "third-most-viewed"
//   superlative          "the largest", "Korea's biggest", "the most valuable" (rank 1)
//   ordinal              "its third office", "the 12th worldwide", "a close second", "in third place"
//   top                  "top 10", "top-three", "the top spot"
//   top-one              "Korea's top mobile carrier" (rank 1)
//   count-superlative    "the two most valuable companies" (rank 2, bound top)
//   number               "No. 1", "No.2", "#1", "number one"
//   ranked               "ranked 7th", "ranks third", "came first", "ranked No. 3"
//   most                 "with the most paid users" (rank 1)
//   runner-up            "runner-up" (rank 2)
// Exclusions ("outside the United States" → one more), followers ("following the US") and
// totals ("third out of 10") are attached in index.ts.
import type { Candidate, Parser } from '../numeric-shared/engine.js';
import { ORDINAL, SMALL_WORD, parseOrdinal, parseSmallCardinal } from '../numeric-shared/grammar.js';
import { isOrdinalDate } from '../numeric-shared/context.js';

function rank(start: number, end: number, n: number | null, qualifiers: Record<string, unknown> = {}): Candidate | null {
  if (n === null || !Number.isInteger(n) || n < 1) return null;
  return { start, end, value: { kind: 'rank', rank: n }, qualifiers };
}

function window(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start);
}

/** A determiner or possessive right before: "the", "its", "Korea's", "the world’s". */
const DETERMINER_BEFORE = /(?:\b(?:the|its|their|his|her|our|my|your|whose)|\w['’]s|\ws['’])\s+$/i;
/** "one of the largest", "among the sector's biggest": one of a group, not a rank. */
const ONE_OF_BEFORE =
  /\b(?:(?:one|some|several|many|few|two|three|four|five|six|seven|eight|nine|ten|all|each|any|most|list)\s+of|among(?:st)?)\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:(?:the\s+)?[\w.&-]+['’]s?\s+)?$/i;

const ONE_OF_HINT = /\b(?:of|among|amongst)\b/i;

function notOneOf(text: string, start: number): boolean {
  const w = window(text, start, 60);
  return !(ONE_OF_HINT.test(w) && ONE_OF_BEFORE.test(w));
}

const NOT_SUPERLATIVE = new Set([
  'interest', 'request', 'test', 'west', 'contest', 'forest', 'honest', 'modest', 'harvest', 'manifest',
  'protest', 'suggest', 'invest', 'quest', 'guest', 'nest', 'rest', 'chest', 'crest', 'digest', 'arrest',
  'earnest', 'attest', 'detest', 'conquest', 'midwest', 'southwest', 'northwest', 'priest', 'behest',
  'bequest', 'inquest', 'unrest', 'pest', 'vest', 'zest', 'jest', 'lest', 'fest', 'ingest', 'divest',
  'infest', 'molest', 'retest', 'pretest',
]);

export const ordinalSuperlative: Parser = {
  name: 'ordinal-superlative',
  triggers: ['ordinal-word', 'digit-ordinal'],
  window: [12, 40],
  pattern: new RegExp(
    `\\b(${ORDINAL})[\\s-]+(most[\\s-][a-z]+|least[\\s-][a-z]+|[a-z]+est(?:[\\s-](?:growing|selling|grossing|ranked|performing))?|top[\\s-][a-z]+ing)\\b`,
    'gi',
  ),
  extract(m, text) {
    const sup = m[2]!.toLowerCase();
    const head = sup.split(/[\s-]/)[0]!;
    if (NOT_SUPERLATIVE.has(head)) return null;
    if (!notOneOf(text, m.index)) return null;
    return rank(m.index, m.index + m[0].length, parseOrdinal(m[1]!), { superlative: sup.replace(/\s+/g, ' ') });
  },
};

export const superlative: Parser = {
  name: 'superlative',
  triggers: ['superlative-word'],
  window: [1, 24],
  pattern:
    /\b(largest|biggest|most[\s-](?:valuable|popular|used|downloaded|visited|watched|viewed|subscribed)|best[\s-]selling|top[\s-]selling|highest[\s-]grossing|top[\s-]grossing|fastest[\s-]growing|(?:highest|greatest)(?=\s+(?:number|share|proportion|percentage|count|amount|level|concentration)\s+of))\b/gi,
  extract(m, text) {
    if (!DETERMINER_BEFORE.test(window(text, m.index, 24))) return null;
    if (!notOneOf(text, m.index)) return null;
    return rank(m.index, m.index + m[0].length, 1, { superlative: m[1]!.toLowerCase().replace(/\s+/g, ' ') });
  },
};

/** After "the top" / "Korea's top": nouns that make it a group or a title, not the first place. */
const NOT_FIRST_AFTER_TOP = new Set([
  'priority', 'executive', 'official', 'manager', 'management', 'diplomat', 'negotiator', 'aide',
  'adviser', 'advisor', 'envoy', 'brass', 'floor', 'line', 'end', 'tier', 'level', 'layer', 'half',
  'story', 'stories', 'news', 'pick', 'picks', 'speed', 'dollar', 'talent', 'seed', 'hat', 'gun',
  'job', 'post', 'position', 'spot', 'place', 'slot', 'rank', 'ranking', 'selling', 'grossing',
  'of', 'and', 'to', 'in', 'on', 'at', 'for', 'with', 'up', 'down', 'off', 'out',
]);

/** "South Korea's top mobile carrier", "the top brand": the first place (a plural is a group). */
export const topOne: Parser = {
  name: 'top-one',
  triggers: ['superlative-word'],
  window: [1, 24],
  pattern: /\btop\s+([a-z][a-z-]*)\b/gi,
  extract(m, text) {
    const next = m[1]!.toLowerCase();
    if (NOT_FIRST_AFTER_TOP.has(next) || /s$/.test(next) || /^\d/.test(next)) return null;
    if (!DETERMINER_BEFORE.test(window(text, m.index, 24))) return null;
    if (!notOneOf(text, m.index)) return null;
    return rank(m.index, m.index + 3, 1, { superlative: 'top' });
  },
};

/** "Indonesia's two most valuable companies", "the three largest banks": each is in the top N. */
export const countSuperlative: Parser = {
  name: 'count-superlative',
  triggers: ['superlative-word'],
  window: [32, 24],
  pattern: new RegExp(
    `\\b(two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+(largest|biggest|highest|most[\\s-][a-z]+|best[\\s-][a-z]+ing|fastest[\\s-]growing)\\b`,
    'gi',
  ),
  extract(m, text) {
    if (!DETERMINER_BEFORE.test(window(text, m.index, 24))) return null;
    if (!notOneOf(text, m.index)) return null;
    const n = parseSmallCardinal(m[1]!);
    if (n === null || n < 2) return null;
    return rank(m.index, m.index + m[0].length, n, { bound: 'top', superlative: m[2]!.toLowerCase().replace(/\s+/g, ' ') });
  },
};

/** Words after an ordinal that make it a time, a fraction, a sequence or an idiom, not a rank. */
const IDIOM_AFTER =
  /[\s-]+(?:\d|(?:time|times|timer|timers|half|halves|quarter|quarters|step|steps|glance|sight|hand|consecutive|straight|successive|running|person|party|parties|round|rounds|tranche|tranches|season|seasons|edition|editions|generation|generations|gen|wave|waves|phase|phases|stage|stages|term|terms|anniversary|century|centuries|day|days|week|weeks|weekend|month|months|year|years|decade|decades|floor|floors|grade|class|rate|degree|cousin|cousins|amendment|reading|look|name|names|impression|impressions|draft|drafts|attempt|attempts|try|tries|mover|movers|lady|aid|responder|responders|tier|tiers|thing|things|off|up|of\s+all|and\s+foremost|priority|priorities|order|instance|glimpse|foray|opinion|language|leg|legs|half-year|set|batch|batches|installment|instalment|tranche|session|sessions|hour|hours|minute|minutes|semester|period|periods|inning|innings|trimester|most|least|[a-z]+est|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|dozen|hundred)\b)/iy;

/** Words before an ordinal that make it a rank even without a determiner. */
const RANK_PREFIX_BEFORE =
  /(?:\ba\s+(?:close|distant|strong|solid|respectable|clear)|\b(?:in|into|to|for|took|take|takes|taking|claimed?|claims|claiming|secured?|secures|held|holds?|holding|grabbed?|grabs|won|wins|clinched?|moved\s+(?:up|down)\s+to|slipped\s+to|fell\s+to|rose\s+to|climbed\s+to|dropped\s+to))\s+$/i;
/** A move in a ranking: "slipped to third with 21%", "climbed to second, behind X". */
const MOVED_BEFORE = /\b(?:slipped|slid|fell|dropped|sank|tumbled|rose|climbed|jumped|advanced|moved\s+(?:up|down))\s+(?:back\s+)?to\s+$/i;
const MOVED_CONTEXT_AFTER = /\s*(?:$|[,.;:]|\s(?:with|behind|ahead|after|among|in\s+the\s+(?:rankings?|league|table|list|market))\b)/iy;
const A_ORDINAL_PLACED = /,?\s+(?:one\s+)?(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\b)\p{Lu}/uy;
const PLACE_AFTER = /[\s-]+(?:place|spot|position|slot)\b/iy;
/** After a copula an ordinal is a rank only when a comparison follows ("is second only to", "was third in"). */
const COPULA_BEFORE = /\b(?:is|was|are|were|remains|remained|became|becomes|be|been|being|now|stood|stands|sits|sat)\s+$/i;
const RANK_CONTEXT_AFTER =
  /\s*(?:$|[,.;:]|\s(?:in|among|worldwide|globally|overall|nationally|behind|after|only\s+to|on\s+the\s+list|place|spot|position)\b)/iy;
const ONLY_TO_AFTER = /\s+only\s+to\b/iy;

export const ordinal: Parser = {
  name: 'ordinal',
  triggers: ['ordinal-word', 'digit-ordinal'],
  window: [12, 1],
  pattern: new RegExp(`\\b(${ORDINAL})\\b`, 'gi'),
  extract(m, text) {
    const start = m.index;
    const end = start + m[0].length;
    const n = parseOrdinal(m[1]!);
    if (n === null) return null;
    if (isOrdinalDate(text, start, end, n)) return null;
    IDIOM_AFTER.lastIndex = end;
    if (IDIOM_AFTER.test(text)) return null;
    const before = window(text, start, 32);
    let ok = false;
    if (DETERMINER_BEFORE.test(before)) ok = true;
    else if (RANK_PREFIX_BEFORE.test(before)) {
      PLACE_AFTER.lastIndex = end;
      MOVED_CONTEXT_AFTER.lastIndex = end;
      ok = /\ba\s+\w+\s+$/i.test(before) || PLACE_AFTER.test(text) || (MOVED_BEFORE.test(before) && MOVED_CONTEXT_AFTER.test(text));
    } else if (/\ban?\s+$/i.test(before)) {
      // "plans to open a fifth, in Helsinki": one more of a sequence, placed; not "a fifth of revenue"
      A_ORDINAL_PLACED.lastIndex = end;
      ok = A_ORDINAL_PLACED.test(text);
    } else if (COPULA_BEFORE.test(before)) {
      RANK_CONTEXT_AFTER.lastIndex = end;
      ok = RANK_CONTEXT_AFTER.test(text);
    }
    if (!ok) {
      ONLY_TO_AFTER.lastIndex = end;
      ok = ONLY_TO_AFTER.test(text);
    }
    if (!ok || !notOneOf(text, start)) return null;
    return rank(start, end, n);
  },
};

export const top: Parser = {
  name: 'top',
  triggers: ['superlative-word'],
  window: [1, 20],
  pattern: new RegExp(
    `\\btop[\\s-]?(?:(\\d{1,4}(?:,\\d{3})?)(?![\\w.,]?\\d)|(${SMALL_WORD}|hundred)\\b)(?!\\s?%|\\s*per[\\s-]?cent|\\s*percent|[\\s-]?fold)|\\btop\\s+(?:spot|position|place|slot|rank(?:ing)?)\\b`,
    'gi',
  ),
  extract(m) {
    const end = m.index + m[0].length;
    if (m[1] === undefined && m[2] === undefined) return rank(m.index, end, 1, { superlative: 'top' });
    const n = m[1] !== undefined ? Number(m[1].replace(/,/g, '')) : parseSmallCardinal(m[2]!);
    return rank(m.index, end, n, { bound: 'top' });
  },
};

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten';

export const number: Parser = {
  name: 'number',
  triggers: ['rank-label', 'hash'],
  window: [1, 16],
  pattern: new RegExp(
    `(?:\\b[Nn]o\\.\\s?|\\bNo\\s(?=\\d)|(?<![\\w#&])#\\s?)(\\d{1,3})(?![\\w.,]?\\d)(?![A-Za-z])|\\b[Nn]umber[\\s-](${NUMBER_WORDS}|\\d{1,3})\\b(?![\\s-](?:of|percent|per\\s+cent))`,
    'g',
  ),
  extract(m) {
    const n = m[1] !== undefined ? Number(m[1]) : parseSmallCardinal(m[2]!);
    return rank(m.index, m.index + m[0].length, n);
  },
};

const RANK_VERB = String.raw`rank(?:s|ed|ing)?|placed|placing|finish(?:ed|es|ing)?|came|comes|come|coming`;

export const ranked: Parser = {
  name: 'ranked',
  triggers: ['rank-label', 'ordinal-word', 'digit-ordinal'],
  window: [24, 30],
  pattern: new RegExp(
    `\\b(${RANK_VERB})\\s+(?:(?:in|at)\\s+)?(?:(?:No\\.?\\s?|number\\s+)?(\\d{1,4})(?![\\w.,%]|\\s*percent|\\s*per\\s*cent)|(${ORDINAL})\\b)`,
    'gi',
  ),
  extract(m, text) {
    const verb = m[1]!.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (m[2] !== undefined) {
      if (!verb.startsWith('rank')) return null; // "came in 2023"
      return rank(start, end, Number(m[2]));
    }
    const n = parseOrdinal(m[3]!);
    if (n === null) return null;
    const ordStart = end - m[3]!.length;
    if (isOrdinalDate(text, ordStart, end, n)) return null;
    IDIOM_AFTER.lastIndex = end;
    if (IDIOM_AFTER.test(text)) return null;
    return rank(start, end, n);
  },
};

/** Adjectives after "the most" ("the most advanced chips"): a quality, not a count. */
const ADJECTIVE_LIKE = /(?:ive|ous|ful|able|ible|ant|ent|ic|ical|al|ing|ly|est|ated|ised|ized|ced|ar|ish|less)$/i;
const COMMON_ADJECTIVES = new Set([
  'advanced', 'popular', 'important', 'powerful', 'valuable', 'famous', 'recent', 'likely', 'used',
  'complex', 'diverse', 'robust', 'secure', 'mature', 'open', 'beautiful', 'high', 'low', 'recognized',
  'trusted', 'sophisticated', 'comprehensive', 'extensive', 'aggressive', 'ambitious',
]);

export const most: Parser = {
  name: 'most',
  triggers: ['superlative-word'],
  window: [16, 4],
  pattern: /\b(?:with|has|have|had|boasts?|boasted|boasting|having|holds?|held)\s+(the\s+most)(?=\s+([A-Za-z][\w-]*))/gi,
  extract(m) {
    const next = m[2]!.toLowerCase();
    if (COMMON_ADJECTIVES.has(next) || ADJECTIVE_LIKE.test(next)) return null;
    const end = m.index + m[0].length;
    return rank(end - m[1]!.length, end, 1, { superlative: 'most' });
  },
};

export const runnerUp: Parser = {
  name: 'runner-up',
  triggers: ['rank-label'],
  window: [1, 8],
  pattern: /\brunner[\s-]up\b/gi,
  extract(m) {
    return rank(m.index, m.index + m[0].length, 2);
  },
};

export const parsers: Parser[] = [
  ordinalSuperlative, superlative, countSuperlative, ordinal, top, topOne, number, ranked, most, runnerUp,
];
