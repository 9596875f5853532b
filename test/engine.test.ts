// The pattern engine's fast paths keep the meaning of the patterns: a word boundary where a placeholder
// counts as a word, a list that opens a pattern, the kinds of value a rule needs before it is tried,
// the keyword automaton, and mentions found in a tagged span.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../src/document/index.js';
import { compilePattern } from '../src/engine/compile.js';
import { KeywordIndex } from '../src/engine/keywords.js';
import { RuleSpec } from '../src/engine/rule-spec.js';
import { bySentence, compileRule, kindsOf, runRules } from '../src/engine/run.js';
import { CLOSE, mentionsIn, OPEN, tagSentence } from '../src/engine/tagged.js';
import { builtinRules } from '../src/facts/index.js';
import { recognize, recognizersFor } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

/** Every match (start and text) of a global regular expression. */
const matches = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => `${m.index}:${m[0]}`);

// The general boundary, as the engine wrote it for every \b before these fast paths.
const W = `[\\w${OPEN}${CLOSE}]`;
const GENERAL = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

describe('word boundaries', () => {
  // Patterns with \b before words (some optional, some in groups), and one before a class the fast
  // path must leave alone.
  const patterns = ['\\bab', '\\b(?:ab|ba)\\b', '\\b(?:a\\s+)?b', '\\bs?ab', '\\b(?<x>a|b-)b', '\\b[-a]b', 'x\\b', 'a\\b(?:\\s+b)?'];
  const alphabet = fc.constantFrom('a', 'b', 's', 'x', ' ', '-', '1', OPEN, CLOSE);
  for (const pattern of patterns) {
    it(`${pattern} matches what the general boundary matches`, () => {
      const fast = compilePattern(pattern, true).regex;
      const reference = new RegExp(pattern.replace(/\\b/g, GENERAL), 'g');
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
          const s = chars.join('');
          expect(matches(fast, s)).toEqual(matches(reference, s));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('uses the fast form before a word and the general one elsewhere', () => {
    expect(compilePattern('\\bpartner(?:ed|s)?', true).regex.source).not.toContain('(?<=');
    expect(compilePattern('\\b[-a]b', true).regex.source).toContain('(?<=');
  });
});

describe('a list of names that opens a pattern', () => {
  const tag = (kind: string, n: number) => `${OPEN}${kind}:${n}${CLOSE}`;
  it('starts at its first name and still takes the descriptors of the names after it', () => {
    const re = compilePattern('{orgs:object}\\s+as\\s+partners').regex;
    const s = `He named mobile carrier ${tag('org', 0)}, game developer ${tag('org', 1)} and ${tag('org', 2)} as partners`;
    const m = re.exec(s)!;
    expect(m[0].startsWith(tag('org', 0))).toBe(true);
    expect(m.groups!.object).toBe(`${tag('org', 0)}, game developer ${tag('org', 1)} and ${tag('org', 2)}`);
  });
  it('matches as before where words may come first: after ^, in a repeated group, in a list of places', () => {
    const old = (pattern: string) => new RegExp(compilePattern(`(?:)${pattern}`).regex.source, 'gi'); // "(?:)" first: not an opening list
    const cases: [string, string][] = [
      ['^{orgs:x}\\s+signed', `Mobile carrier ${tag('org', 0)} and ${tag('org', 1)} signed`],
      ['{places:x}\\s+grew', `${tag('place', 0)} ${tag('place', 1)} and ${tag('place', 2)} grew`],
      ['(?:{orgs:x};\\s*)+done', `${tag('org', 0)}; mobile carrier ${tag('org', 1)}; done`],
      ['(?:{orgs:x})?\\s*signed', `game developer ${tag('org', 0)} signed`],
    ];
    for (const [pattern, s] of cases) {
      const a = compilePattern(pattern).regex.exec(s);
      const b = old(pattern).exec(s);
      expect(a?.[0], pattern).toBe(b?.[0]);
      expect(a?.index, pattern).toBe(b?.index);
      expect(a?.groups?.x, pattern).toBe(b?.groups?.x);
    }
  });
  it('keeps descriptors where the list does not open the pattern', () => {
    const m = compilePattern('\\bwith\\s+{orgs:object}').regex.exec(`working with mobile carrier ${tag('org', 0)}`)!;
    expect(m.groups!.object).toBe(`mobile carrier ${tag('org', 0)}`);
  });
});

describe('the kinds of value and the words a rule needs', () => {
  it('reads through groups, alternatives and optional parts', () => {
    expect(compilePattern('(?<value>{money})\\s+(?:from\\s+{org})?').needs).toEqual([['money']]);
    expect(compilePattern('(?:{money:a}|{percent:b})\\s+{date}').needs).toEqual([['money', 'percent'], ['time']]);
    expect(compilePattern('(?:{money:a}|about)\\s+x').needs).toEqual([]);
    expect(compilePattern('(?!{org})x(?={place})').needs).toEqual([['place', 'region']]);
  });

  it('reads the words a pattern needs: optional letters, escapes, placeholders, lookarounds, choices', () => {
    const words = (p: string) => compilePattern(p).words;
    expect(words('\\bpartners?\\s+with\\s+{org}')).toEqual([['partner'], ['with']]);
    expect(words('(?:raised|secured)\\s+(?:about\\s+)?{money}')).toEqual([['raised', 'secured']]);
    expect(words('(?:raised|go)\\s+{money}')).toEqual([]); // "go" is too short to look for: no clause
    expect(words('the\\s+U\\.S\\. market')).toEqual([['the'], ['u.s. market']]);
    expect(words('(?!former\\s)head(?=\\s+of)')).toEqual([['head']]);
    expect(words('\\uE000money:\\d+\\uE001\\s+market')).toEqual([['market']]); // "money" is the placeholder's
    expect(words(`(?=${OPEN}money)value`)).toEqual([['value']]);
    expect(words('(?:deals?){2}|pacts')).toEqual([['deal', 'pacts']]);
    expect(words('\\p{Lu}\\w+ market')).toEqual([]); // the u flag: no words (its case folding is wider)
  });

  it('never keeps a rule from a sentence it matches (seeds and fixtures)', () => {
    const rules = builtinRules();
    const dirs = ['seeds', 'fixtures/articles'];
    let checked = 0;
    for (const dir of dirs)
      for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.txt'))) {
        const doc = makeDocument(f, readFileSync(join(ROOT, dir, f), 'utf8'));
        const groups = bySentence(doc, recognize(doc, recognizersFor(undefined)));
        doc.sentences.forEach((s, i) => {
          const ms = groups[i]!;
          const kinds = kindsOf(ms);
          const tagged = tagSentence(doc.text, s.start, s.end, ms).text;
          for (const r of rules) {
            r.pattern.regex.lastIndex = 0;
            if (!r.pattern.regex.test(tagged)) continue;
            checked++;
            for (const clause of r.pattern.needs) expect(clause.some((k) => kinds.has(k)), `${r.spec.id} in ${f}`).toBe(true);
            const lower = doc.text.slice(s.start, s.end).toLowerCase();
            for (const clause of r.pattern.words) expect(clause.some((w) => lower.includes(w)), `${r.spec.id} needs ${JSON.stringify(clause)} in ${f}`).toBe(true);
          }
        });
      }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('keyword automaton', () => {
  it('finds what a plain search finds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[abc ]{1,4}$/), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abcd ]{0,40}$/), (keywords, text) => {
        const idx = new KeywordIndex(keywords);
        const got: string[] = [];
        idx.scan(text, (id, end) => got.push(`${keywords[id]}@${end}`));
        const want: string[] = [];
        keywords.forEach((k) => {
          for (let at = text.indexOf(k); at !== -1; at = text.indexOf(k, at + 1)) want.push(`${k}@${at + k.length}`);
        });
        expect(got.sort()).toEqual(want.sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe('keyword automaton with thousands of distinct characters (a table would be too large)', () => {
  it('still finds what a plain search finds, and is built quickly', () => {
    const ch = (i: number) => String.fromCharCode(0x4e00 + i);
    const keywords = Array.from({ length: 3000 }, (_, i) => ch(i) + ch((i + (i % 2 ? 13 : 7)) % 3000));
    const t0 = performance.now();
    const idx = new KeywordIndex(keywords);
    expect(performance.now() - t0).toBeLessThan(5_000);
    const text = Array.from({ length: 4000 }, (_, i) => ch((i * 13) % 3000)).join('');
    const got: string[] = [];
    idx.scan(text, (id, end) => got.push(`${id}@${end}`));
    const want: string[] = [];
    keywords.forEach((k, id) => {
      for (let at = text.indexOf(k); at !== -1; at = text.indexOf(k, at + 1)) want.push(`${id}@${at + k.length}`);
    });
    expect(want.length).toBeGreaterThan(0);
    expect(got.sort()).toEqual(want.sort());
  });
});

describe('mentions in a tagged span', () => {
  it('are those whose placeholders lie wholly inside it', () => {
    const text = 'Acme and Bolt met Coda in Paris.';
    const at = (w: string) => text.indexOf(w);
    const m = (w: string, kind: 'org' | 'place') => ({ kind, start: at(w), end: at(w) + w.length, text: w, value: { kind: 'entity' as const, name: w, entityType: kind }, qualifiers: {}, source: 'test' });
    const ms = [m('Acme', 'org'), m('Bolt', 'org'), m('Coda', 'org'), m('Paris', 'place')];
    const t = tagSentence(text, 0, text.length, ms);
    const names = (from: number, to: number) => mentionsIn(t, from, to).map((x) => x.text);
    expect(names(0, t.text.length)).toEqual(['Acme', 'Bolt', 'Coda', 'Paris']);
    expect(names(t.tagStarts[1]!, t.tagEnds[2]!)).toEqual(['Bolt', 'Coda']);
    expect(names(t.tagStarts[1]! + 1, t.tagEnds[2]!)).toEqual(['Coda']); // a placeholder cut in two is not inside
    expect(names(t.tagEnds[3]!, t.text.length)).toEqual([]);
  });
});

describe('choosing the rules of each sentence', () => {
  const rule = (id: string, pattern: string, keywords?: string[]) => compileRule(RuleSpec.parse({ id, type: 'custom.x', pattern, ...(keywords ? { keywords } : {}) }));
  it('tries rules in their order, with and without keywords, and only where their words are', () => {
    const rules = [rule('custom.a', '{money:value} now'), rule('custom.b', 'raised {money:value}', ['raised']), rule('custom.c', '{money:value} now', ['now']), rule('custom.d', 'sold {money:value}', ['sold'])];
    const text = 'Acme raised $5 million now. Bolt sold $3 million now.';
    const doc = makeDocument('x.txt', text);
    const drafts = runRules(doc, recognize(doc, recognizersFor(undefined)), rules);
    expect(drafts.map((d) => `${d.sentence?.index}:${d.rule}`)).toEqual(['0:custom.a', '0:custom.b', '0:custom.c', '1:custom.a', '1:custom.c', '1:custom.d']);
  });
  it('stays linear in a rules file of thousands, half of them without keywords', () => {
    // Keyword rules are found first and those without keywords added after: put in order one at a time,
    // each sentence cost the product of the two.
    const rules = [
      ...Array.from({ length: 3000 }, (_, i) => rule(`custom.a${i}`, `{money:value}\\d{0,${i + 1}}Q`)),
      ...Array.from({ length: 3000 }, (_, i) => rule(`custom.k${i}`, `{money:value}\\d{0,${i + 1}}K`, ['the'])),
    ];
    const doc = makeDocument('x.txt', Array.from({ length: 300 }, (_, i) => `The cat sat on the mat number ${i}.`).join(' '));
    const ms = recognize(doc, recognizersFor(undefined));
    const t0 = performance.now();
    runRules(doc, ms, rules);
    // Generous: about 2.5 s before, 0.3 s now (most of it compiling the patterns).
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
