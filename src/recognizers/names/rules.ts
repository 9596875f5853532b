// Name recognizer: organisations, people, places and products from capitalised runs plus cues.
//
// Pass 1 walks each capitalised run once: in-run cues split it (titles "CEO", legal suffixes "Inc.",
// honorifics "Mr."), the gazetteer takes longest matches, and what is left is typed by its own words
// ("… Labs", "… District", "Kim Beom-su") or by the few words around it ("game developer X",
// "X, a South Korean internet company", "partnership with X", "X said in a statement").
// Pass 2 works over the document: "(AWS)" after a name, lists ("Accel, Air Street Capital and X"),
// names seen typed elsewhere in the text, and bare surnames linked to the full name.
// Every step is linear in the text; no regex is built per gazetteer entry.
import { lowerBound } from '../../lower-bound.js';
import type { Mention } from '../types.js';
import { canonicalName, countryOf, wordKey } from '../../names/canonical.js';
import { phraseWords, type EntityType, type Gazetteer, type GazetteerEntry } from '../../names/gazetteer.js';
import * as L from './lexicon.js';
import { findRuns, HYPHEN_CUES, isTitleHeadKey, type Run, type Tok } from './tokens.js';

export const SOURCE = 'names';

interface Piece {
  s: number;
  e: number;
  run: Run;
  i0: number;
  i1: number;
  type?: EntityType;
  name?: string;
  cue?: string;
  /** 0 untyped, 1 weak cue (may be overridden by lists and the document), 2 strong. */
  strength: number;
  q: Record<string, unknown>;
  gaz?: GazetteerEntry;
  demonym?: boolean;
  /** Typed by its own words ("… Labs"): may absorb a gazetteer name before it. */
  orgword?: boolean;
  /** A bare one-word name before a speech verb ("Kwon said"). */
  speech?: boolean;
  /** Looks like a person by its shape and a given name. */
  personish?: boolean;
  /** Generic words only ("National University"): kept only when merged into a name before it. */
  genericOnly?: boolean;
  /** Typed by "such as" / "including": its type carries over the list. */
  listCue?: boolean;
  /** Left out of emission (kept only as context). */
  hidden?: boolean;
}

const STRONG_TITLES = new Set([
  'ceo', 'cfo', 'cto', 'coo', 'cso', 'cmo', 'cio', 'cpo', 'cro', 'ciso', 'cdo', 'chro', 'cco', 'vp', 'svp', 'evp',
  'co-ceo', 'co-founder', 'cofounder', 'founder', 'president', 'chairman', 'chairwoman', 'chairperson', 'minister',
  'secretary', 'undersecretary', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker',
  'director', 'officer', 'professor', 'ambassador', 'commissioner', 'chancellor', 'premier', 'vice-president',
  'mr', 'ms', 'mrs', 'dr', 'prof', 'sir', 'dame', 'judge', 'prosecutor', 'spokesperson', 'spokesman', 'spokeswoman',
]);

const isTitleHead = isTitleHeadKey;
function isSuffixTok(t: Tok): boolean {
  return !t.conn && t.w.suffix;
}

/**
 * Reads up to 4 lower-case words before `pos` (commas skipped; capitalised "According", "Courtesy"
 * read too). Nearest word last; `comma` when a comma stands right before `pos`.
 */
function leftWords(text: string, pos: number): { words: string[]; comma: boolean } {
  const words: string[] = [];
  let comma = false;
  let i = pos - 1;
  const stop = Math.max(0, pos - 80);
  while (i >= stop && words.length < 4) {
    let c = text.charCodeAt(i);
    while (i >= stop && (c === 32 || c === 9 || c === 160)) c = text.charCodeAt(--i);
    if (c === 44 /* , */) {
      if (words.length === 0) comma = true;
      i--;
      continue;
    }
    const end = i + 1;
    while (i >= stop) {
      c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || c === 45 || c === 39 || c === 0x2019) i--;
      else break;
    }
    if (i + 1 === end) break;
    if (i >= stop && /[\p{L}\p{N}]/u.test(text[i]!)) {
      // a word with capitals or digits: "According", "Courtesy", "Munich-based", "SoftBank-backed"
      let ws = i;
      while (ws > stop && /[\p{L}\p{N}.’'-]/u.test(text[ws - 1]!)) ws--;
      const w = text.slice(ws, end);
      const lw = w.toLowerCase();
      if (L.STOP.has(lw)) {
        words.unshift(lw);
        i = ws - 1;
        continue;
      }
      const h = w.lastIndexOf('-');
      if (h > 0 && HYPHEN_CUES.has(w.slice(h + 1))) words.unshift(w.slice(h));
      break;
    }
    words.unshift(text.slice(i + 1, end));
  }
  return { words, comma };
}

/** A title with its field, then "at": "head of technology investment banking at ", "vice president of sales at ". */
const TITLE_OF_AT = /\b(?:head|director|president|manager|officer|chief|partner|dean|professor|editor|lead)\s+of\s+(?:[a-z][\w-]*\s+){1,4}at\s+$/;
/** A title of someone's right before a name set off by a comma: "Its co-founder, ", "Optikwerk's founder, ". */
const OWNED_TITLE = /(?:\b(?:its|their|his|her|the)|[\p{L}\d]['’]s?)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*,\s*$/iu;
const COUNTED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+|several|various|a (?:handful|number) of)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z]+)\b/;
/**
 * The type of a list after a colon, from the noun that announces it: "as launch partners: A and B",
 * "with five partners that will help carry out the programme: A, B and C". Places come from the gazetteer.
 */
function colonListType(text: string, pos: number): EntityType | undefined {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text.charCodeAt(i) !== 58 /* : */) return undefined;
  let clause = text.slice(Math.max(0, i - 120), i);
  const cut = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf('"'), clause.lastIndexOf('\u201d'));
  if (cut >= 0) clause = clause.slice(cut + 1);
  const last = /([a-z]+)\s*$/.exec(clause);
  const type = (last && L.LIST_NOUNS.get(last[1]!)) ?? L.LIST_NOUNS.get(COUNTED.exec(clause)?.[1] ?? '');
  return type === 'place' ? undefined : type;
}

interface RWord {
  w: string;
  lower: string;
  cap: boolean;
  poss: boolean;
  punct: boolean;
}
function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** The first words after `pos` (at most `max`, within 120 characters, stopping at a line end). */
function rightWords(text: string, pos: number, max = 12): RWord[] {
  const out: RWord[] = [];
  const end = Math.min(text.length, pos + 120);
  let i = pos;
  while (i < end && out.length < max) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) break;
    if (!isWordCode(c, text[i]!)) {
      const ch = text[i]!;
      out.push({ w: ch, lower: ch, cap: false, poss: false, punct: true });
      i++;
      continue;
    }
    const st = i++;
    while (i < end) {
      const d = text.charCodeAt(i);
      if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) i++;
      else if (d === 46 || d === 38 || d === 43 || d === 39 || d === 45 || d === 0x2019 || (d >= 128 && isWordCode(d, text[i]!))) i++;
      else break;
    }
    let we = i;
    let poss = false;
    const l = text.charCodeAt(we - 1);
    if (we - st > 2 && l === 115 && (text.charCodeAt(we - 2) === 39 || text.charCodeAt(we - 2) === 0x2019)) {
      we -= 2;
      poss = true;
    }
    while (we - st > 1) {
      const t = text.charCodeAt(we - 1);
      if (t === 46 || t === 45 || t === 39 || t === 0x2019) we--;
      else break;
    }
    const w = text.slice(st, we);
    const cap = c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[st]!);
    out.push({ w, lower: cap ? w.toLowerCase() : w, cap, poss, punct: false });
  }
  return out;
}

export interface FindOptions {
  /** Emit capitalised spans that no cue typed, as org with qualifiers.guess (default false). */
  unresolved?: boolean;
}

export class NameFinder {
  private readonly names = new Map<string, string>();
  private readonly countries = new Map<GazetteerEntry, string | undefined>();
  constructor(readonly gaz: Gazetteer) {}

  find(text: string, opts: FindOptions = {}): Mention[] {
    const runs = findRuns(text, this.gaz);
    const pieces: Piece[] = [];
    for (const run of runs) this.processRun(text, run, pieces);
    this.documentPass(text, pieces);
    const out: Mention[] = [];
    let lastEnd = -1;
    for (const p of pieces) {
      if (p.hidden || p.s < lastEnd) continue;
      let type = p.type;
      let name = p.name;
      if (!type) {
        if (!opts.unresolved || p.run.headline) continue;
        type = 'org';
        p.q.guess = true;
        p.cue = 'shape';
      }
      if (type === 'product') this.extendVersion(text, p);
      const surface = text.slice(p.s, p.e);
      if (!name || p.q.version) name = this.nameFor(surface, type);
      if (!name) continue;
      const q = p.q;
      q.cue = p.cue ?? 'unknown';
      out.push({
        kind: type,
        start: p.s,
        end: p.e,
        text: surface,
        value: { kind: 'entity', name, entityType: type },
        qualifiers: q,
        source: SOURCE,
      });
      lastEnd = p.e;
    }
    return out;
  }

  /** A product's version number belongs to its name: "Atlas 3", "Galaxy Z Fold 7", "Windows 11". */
  private extendVersion(text: string, p: Piece): void {
    if (p.run.toks[p.i1]!.poss) return;
    const m = VERSION.exec(text.slice(p.e, p.e + 24));
    if (!m) return;
    p.e += m[0].length;
    p.q.version = m[1];
  }

  /** Canonical name of a span: gazetteer name if known, else canonicalName(); people as written. */
  nameFor(surface: string, type: EntityType): string {
    const ck = `${type}\u0000${surface}`;
    let name = this.names.get(ck);
    if (name === undefined) {
      name = this.computeName(surface, type);
      if (this.names.size > 50_000) this.names.clear();
      this.names.set(ck, name);
    }
    return name;
  }

  private computeName(surface: string, type: EntityType): string {
    if (type === 'person') {
      const g = this.gaz.lookup(surface);
      if (g && g.type === 'person') return g.name;
      return surface.replace(/\s+/g, ' ').trim();
    }
    return this.gaz.lookup(surface)?.name ?? canonicalName(surface);
  }

  // ---------------------------------------------------------------- pass 1

  private processRun(text: string, run: Run, out: Piece[]): void {
    const toks = run.toks;
    const n = toks.length;
    const headline = run.headline !== '';
    let zs = 0;
    let nextKind: ZoneKind = 'plain';
    let title: { s: number; e: number; text: string; strong: boolean } | undefined;
    let lastSuffixZoneEnd = -2;
    const zones: Zone[] = [];
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (t.conn) continue;
      if (isSuffixTok(t) && i > zs && !toks[i - 1]!.conn && (run.headline !== 'caps' || LONG_SUFFIX.has(t.key))) {
        let j = i;
        while (j + 1 < n && isSuffixTok(toks[j + 1]!)) j++;
        zones.push({ a: zs, b: j, kind: 'suffix', title });
        nextKind = 'plain';
        title = undefined;
        lastSuffixZoneEnd = j;
        zs = j + 1;
        i = j;
        continue;
      }
      if (headline) continue;
      if (t.w.honorific && i + 1 < n) {
        if (i > zs) zones.push({ a: zs, b: i - 1, kind: nextKind === 'afterTitle' ? 'plain' : nextKind, title });
        nextKind = 'afterTitle';
        title = { s: t.s, e: t.e, text: t.raw, strong: true };
        zs = i + 1;
        continue;
      }
      if (t.w.titleHead || t.w.titleMod) {
        // extend over title words; remember the last head
        let j = i;
        let lastHead = t.w.titleHead ? i : -1;
        while (j + 1 < n) {
          const u = toks[j + 1]!;
          if (!u.conn && (u.w.titleHead || u.w.titleMod)) {
            j++;
            if (u.w.titleHead) lastHead = j;
            continue;
          }
          // "Head of Sales", "Minister of Science and ICT"
          if (u.conn && (u.key === 'of' || u.key === 'and' || u.key === '&') && lastHead >= 0 && j + 2 < n && L.TITLE_DEPARTMENTS.has(toks[j + 2]!.key)) {
            j += 2;
            lastHead = j;
            continue;
          }
          break;
        }
        if (lastHead < 0) {
          i = j;
          continue;
        }
        // a lone weak head inside a name ("Phoenix Partner …") is no title unless a name follows
        const first = i;
        const strong = toks.slice(first, lastHead + 1).some((u) => STRONG_TITLES.has(u.key));
        if (first > zs) zones.push({ a: zs, b: first - 1, kind: 'beforeTitle', title, afterSuffix: lastSuffixZoneEnd === first - 2 || lastSuffixZoneEnd === zs - 1 });
        title = { s: toks[first]!.s, e: toks[lastHead]!.e, text: text.slice(toks[first]!.s, toks[lastHead]!.e), strong };
        zs = lastHead + 1;
        if (zs < n && toks[zs]!.conn && toks[zs]!.key === 'of') {
          nextKind = 'employer';
          zs++;
        } else nextKind = 'afterTitle';
        i = zs - 1;
        continue;
      }
    }
    if (zs < n) zones.push({ a: zs, b: n - 1, kind: nextKind, title });
    for (const z of zones) this.processZone(text, run, z, out);
  }

  private processZone(text: string, run: Run, z: Zone, out: Piece[]): void {
    const toks = run.toks;
    let { a, b } = z;
    if (a > b) return;
    if (z.kind === 'suffix') {
      // the org is the part after the last "and"/"or" connector: "OpenAI and Microsoft Corp."
      let k = b;
      while (k > a && isSuffixTok(toks[k]!)) k--;
      let start = a;
      for (let i = k; i > a; i--) {
        const t = toks[i]!;
        if (t.conn && (t.key === 'and' || t.key === 'or' || t.key === 'for' || (t.key === 'of' && !toks[i - 1]!.w.ofHead))) {
          start = i + 1;
          break;
        }
      }
      if (start > a) this.processZone(text, run, { a, b: start - 2, kind: 'plain' }, out);
      while (start <= k && (toks[start]!.conn || toks[start]!.w.stop)) start++;
      if (start > k) return;
      const p = this.piece(run, start, b);
      const nameText = text.slice(toks[start]!.s, toks[k]!.e);
      const g = this.gaz.lookupHit(nameText);
      // a legal suffix makes a company, whatever else the name may denote ("Facebook Inc.")
      p.type = 'org';
      p.name = g && !g.demonym && g.entry.type !== 'place' ? g.entry.name : this.nameFor(text.slice(p.s, p.e), 'org');
      p.cue = 'suffix';
      p.strength = 2;
      out.push(p);
      return;
    }
    if (z.kind === 'afterTitle' && z.title && !run.headline) {
      const e = this.personSpan(toks, a, b);
      if (e >= a) {
        const count = this.contentCount(toks, a, e);
        const whole = text.slice(toks[a]!.s, toks[e]!.e);
        const g = this.gaz.lookupHit(whole);
        const okSingle = count >= 2 || (z.title.strong && (!g || g.entry.type === 'person'));
        if (okSingle && (!g || g.entry.type === 'person' || count >= 2)) {
          const p = this.piece(run, a, e);
          p.type = 'person';
          p.name = g?.entry.type === 'person' ? g.entry.name : undefined;
          p.cue = 'title';
          p.strength = 2;
          p.q.title = z.title.text;
          out.push(p);
          a = e + 1;
          if (a > b) return;
        }
      }
      this.processPlain(text, run, a, b, out, 'plain');
      return;
    }
    const before = out.length;
    this.processPlain(text, run, a, b, out, z.kind);
    if (run.headline) return;
    if (z.kind === 'beforeTitle' && out.length > before) {
      const last = out[out.length - 1]!;
      const connBefore = last.i0 > 0 && toks[last.i0 - 1]!.conn;
      if (last.i1 === b && !last.type && !connBefore && !(z.afterSuffix && /^\p{Lu}{2,6}$/u.test(text.slice(last.s, last.e)))) {
        last.type = 'org';
        last.cue = 'employer';
        last.strength = 1;
      }
    }
    if (z.kind === 'employer' && out.length > before) {
      const first = out[before]!;
      if (!first.type && first.i0 <= a + 1) {
        first.type = 'org';
        first.cue = 'employer';
        first.strength = 2;
      }
    }
  }

  /** Gazetteer, then leftovers typed by their words and context. */
  private processPlain(text: string, run: Run, a: number, b: number, out: Piece[], kind: ZoneKind): void {
    const toks = run.toks;
    const headline = run.headline !== '';
    // trim edges (but keep "The Hague")
    while (a <= b && (toks[a]!.conn || toks[a]!.w.stop) && !this.gaz.matchWords(toks, a, b + 1)) a++;
    while (b >= a && (toks[b]!.conn || (toks[b]!.w.stop && !isCaps(toks[b]!)))) b--;
    if (a > b) return;

    // "University of Leeds", "Ministry of Justice": one organisation (unless the gazetteer knows more)
    if (!headline && b >= a + 2 && toks[a]!.w.ofHead && toks[a + 1]!.conn && toks[a + 1]!.key === 'of' && toks[a]!.key !== 'government') {
      const g = this.gaz.matchWords(toks, a, b + 1);
      if (!g || g.length < 3) {
        let e = b;
        for (let i = a + 2; i <= b; i++) {
          const t = toks[i]!;
          if (t.conn && t.key !== 'of' && t.key !== 'and' && t.key !== '&' && t.key !== 'for') {
            e = i - 1;
            break;
          }
        }
        while (e > a + 1 && toks[e]!.conn) e--;
        if (e >= a + 2) {
          const p = this.piece(run, a, e);
          setType(p, 'org', 'orgword', 2);
          p.orgword = true;
          out.push(p);
          if (e < b) this.processPlain(text, run, e + 1, b, out, 'plain');
          return;
        }
      }
    }

    // Whole zone shaped like a personal name, before the gazetteer ("Tadao Nagasaki", "Kim Beom-su")
    if (!headline && kind !== 'employer') {
      const pe = b > a ? this.personSpan(toks, a, b) : -1;
      const cnt = pe === b ? this.contentCount(toks, a, b) : 0;
      if (cnt >= 2 && cnt <= 4) {
        const korean = this.koreanName(toks, a, b);
        const given = toks[a]!.w.given;
        const g = this.gaz.lookupHit(text.slice(toks[a]!.s, toks[b]!.e));
        if (!g || g.entry.type === 'person') {
          // a title or appositive around the whole span: "Tadao Nagasaki, who was president of …"
          let ctxPerson = '';
          if (!korean && !given && !g) {
            const probe = this.piece(run, a, b);
            this.applyContext(text, probe);
            if (probe.type === 'person' && probe.strength >= 2) ctxPerson = probe.cue ?? 'context';
          }
          if (korean || given || g || ctxPerson) {
            const p = this.piece(run, a, b);
            p.type = 'person';
            p.name = g ? g.entry.name : undefined;
            p.cue = g ? 'gazetteer' : korean ? 'korean-name' : given ? 'given-name' : ctxPerson;
            p.strength = g || korean || ctxPerson ? 2 : 1;
            p.personish = true;
            if (p.strength < 2) this.applyContext(text, p);
            out.push(p);
            return;
          }
        }
      }
    }

    const zone: Piece[] = [];
    let ls = a;
    let i = a;
    while (i <= b) {
      if (toks[i]!.conn) {
        i++;
        continue;
      }
      const m = this.gaz.matchWords(toks, i, b + 1);
      if (m) {
        if (ls < i) this.leftover(text, run, ls, i - 1, zone);
        const p = this.piece(run, i, i + m.length - 1);
        p.gaz = m.entry;
        p.demonym = m.demonym;
        p.type = m.entry.type;
        p.name = m.entry.name;
        p.cue = m.demonym ? 'demonym' : 'gazetteer';
        p.strength = 2;
        if (m.demonym) p.q.demonym = true;
        zone.push(p);
        i += m.length;
        ls = i;
      } else i++;
    }
    if (ls <= b) this.leftover(text, run, ls, b, zone);

    // merges: "OpenAI Korea", "Kakao Enterprise", "Seoul National University", "ChatGPT Go"
    const merged: Piece[] = zone.length <= 1 ? zone : [];
    if (zone.length > 1) for (const p of zone) {
      const prev = merged[merged.length - 1];
      // "Monetary Authority of Singapore": an org head, "of", then a known name
      const ofJoin = !!prev && prev.i1 + 2 === p.i0 && !!prev.orgword && run.toks[prev.i1]!.w.ofHead && run.toks[prev.i1 + 1]!.key === 'of' && !!p.gaz && !p.demonym && p.type !== 'person';
      if (prev && (ofJoin || (prev.i1 + 1 === p.i0 && this.mergeable(prev, p, text))) && !headline) {
        const gazPlace = prev.gaz && prev.type === 'place';
        prev.e = p.e;
        prev.i1 = p.i1;
        if (prev.type === 'product') {
          prev.name = this.nameFor(text.slice(prev.s, prev.e), 'product');
        } else {
          prev.type = 'org';
          prev.name = this.nameFor(text.slice(prev.s, prev.e), 'org');
          prev.cue = gazPlace ? 'orgword' : 'gazetteer+';
        }
        prev.gaz = undefined;
        prev.demonym = false;
        prev.genericOnly = false;
        delete prev.q.demonym;
        prev.strength = 2;
        continue;
      }
      merged.push(p);
    }

    for (const p of merged) {
      if (p.genericOnly) continue;
      if (headline) {
        if (p.type && !p.gaz) {
          p.type = undefined;
          p.strength = 0;
        }
        out.push(p);
        continue;
      }
      // A country's government: "the Korean government", "Government of India"
      const country = p.gaz && p.type === 'place' ? this.countryOfEntry(p.gaz) : undefined;
      if (p.gaz && country) {
        if (p.i1 === run.toks.length - 1 || p.i1 === b) {
          let k = p.e;
          while (text.charCodeAt(k) === 32) k++;
          if (k > p.e && (text.startsWith('government', k) || text.startsWith('Government', k)) && !classWord(text.charCodeAt(k + 10))) {
            p.e = k + 10;
            this.makeGovernment(p, country);
          }
        }
        if (p.i0 >= 2 && toks[p.i0 - 1]!.conn && toks[p.i0 - 1]!.key === 'of' && toks[p.i0 - 2]!.key === 'government') {
          p.s = toks[p.i0 - 2]!.s;
          p.i0 -= 2;
          this.makeGovernment(p, country);
        }
      }
      if (p.strength < 2) this.applyContext(text, p);
      out.push(p);
    }
  }

  private countryOfEntry(e: GazetteerEntry): string | undefined {
    if (this.countries.has(e)) return this.countries.get(e);
    const c = e.category === 'country' ? e.name : e.category ? undefined : countryOf(e.name);
    this.countries.set(e, c);
    return c;
  }

  private makeGovernment(p: Piece, country: string): void {
    p.type = 'org';
    p.name = country;
    p.cue = 'government';
    p.q.government = true;
    delete p.q.demonym;
    p.demonym = false;
    p.gaz = undefined;
  }

  private mergeable(prev: Piece, p: Piece, text: string): boolean {
    if (prev.run.toks[prev.i1]!.poss || prev.run.toks[prev.i1]!.hyph) return false;
    const pWords = p.i1 - p.i0 + 1;
    const generic = p.i0 === p.i1 && (L.GENERIC.has(p.run.toks[p.i0]!.key) && !L.ORG_HEADS.has(p.run.toks[p.i0]!.key));
    if (prev.gaz && prev.type === 'org' && !prev.demonym) {
      if (p.gaz && p.type === 'place' && !p.demonym) return true; // OpenAI Korea
      // LG Uplus, Kakao Enterprise — not "Reuters Published"
      if (!p.gaz && !generic && (!p.type || p.orgword) && pWords <= 3 && !/(?:ed|ing)$/.test(p.run.toks[p.i0]!.key)) return true;
      return false;
    }
    if (prev.gaz && prev.type === 'product') {
      return !p.gaz && !p.type && !generic && pWords <= 2 && !/^\d/.test(text.slice(p.s, p.e));
    }
    if (prev.gaz && prev.type === 'place') return !!p.orgword && !p.gaz; // Seoul National University, Korean Air
    if (prev.orgword && prev.type === 'org' && p.gaz && p.type === 'place' && !p.demonym) return true; // Bain Capital Japan
    // "Kakao Japan", "Toyota Korea": an unknown name then a country is a national subsidiary.
    if (!prev.gaz && !prev.type && p.gaz && p.type === 'place' && !p.demonym && p.gaz.category === 'country' && prev.i0 === prev.i1 && !generic) return true;
    return false;
  }

  /** Types a capitalised span without a gazetteer match. */
  private leftover(text: string, run: Run, a: number, b: number, zone: Piece[]): void {
    const toks = run.toks;
    // split at "and", "or", "for" (unless inside "Ministry of Science and ICT") and at "of" unless after an org head
    let start = a;
    let ofHead = false;
    for (let i = a; i <= b + 1; i++) {
      const t = i <= b ? toks[i]! : undefined;
      if (t && t.conn) {
        if (t.key === 'of' && i > start && L.OF_HEADS.has(toks[i - 1]!.key)) {
          ofHead = true;
          continue;
        }
        if (t.key === 'of' && i > start && toks[i - 1]!.key === 'head') continue;
        if ((t.key === 'and' || t.key === '&') && ofHead) continue;
        if (t.key === '&') continue;
        // "Securities and Exchange Commission": common words on the left, an org head at the end
        if (t.key === 'and' && i > start && this.commonWords(toks, start, i - 1) && this.endsWithOrgHead(toks, i + 1, b)) continue;
        if (L.NAME_PARTICLES.has(t.key) && t.key !== 'of') continue;
      } else if (t) continue;
      this.leftoverPart(text, run, start, i - 1, zone);
      start = i + 1;
      ofHead = false;
    }
  }

  private commonWords(toks: Tok[], a: number, b: number): boolean {
    for (let i = a; i <= b; i++) {
      const w = toks[i]!.w;
      if (!(toks[i]!.conn || w.orgHead || w.titleMod || w.generic)) return false;
    }
    return true;
  }

  /** Whether the capitalised words from a (up to the next connector or b) end with an org head. */
  private endsWithOrgHead(toks: Tok[], a: number, b: number): boolean {
    let e = a;
    while (e + 1 <= b && !toks[e + 1]!.conn) e++;
    return e >= a && toks[e]!.w.orgHead && !toks[e]!.w.genericHead;
  }

  private leftoverPart(text: string, run: Run, a: number, b: number, zone: Piece[]): void {
    const toks = run.toks;
    while (a <= b && (toks[a]!.conn || toks[a]!.w.stop)) a++;
    while (b >= a && (toks[b]!.conn || (toks[b]!.w.stop && !isCaps(toks[b]!)))) b--;
    if (a > b) return;
    const p = this.piece(run, a, b);
    const n = this.contentCount(toks, a, b);
    const first = toks[a]!;
    const last = toks[b]!;
    let allGeneric = true;
    let amp = false;
    for (let i = a; i <= b; i++) {
      const t = toks[i]!;
      if (t.key === '&') amp = true;
      if (!(t.conn || t.w.generic || t.w.stop || t.w.titleHead)) allGeneric = false;
    }
    if (allGeneric) {
      // "National University" only names something after a place: "Seoul National University"
      if (n >= 1 && last.w.orgHead && !last.w.genericHead && !run.headline) {
        p.type = 'org';
        p.cue = 'orgword';
        p.strength = 2;
        p.orgword = true;
        p.genericOnly = true;
        zone.push(p);
      }
      return;
    }
    if (n === 1 && (first.raw.length === 1 || first.w.initial)) return;
    if (run.headline) {
      zone.push(p);
      return;
    }
    // version of a known product: "GPT-2", "ChatGPT-4o"
    if (n === 1 && first.raw.includes('-')) {
      const [head, ...rest] = first.raw.split('-');
      const g = head ? this.gaz.lookupHit(head) : undefined;
      if (g && g.entry.type === 'product' && /^[\p{L}]{0,2}\d/u.test(rest.join('-'))) {
        setType(p, 'product', 'gazetteer+', 2);
        p.name = first.raw;
        zone.push(p);
        return;
      }
    }
    if (this.koreanName(toks, a, b) && this.personSpan(toks, a, b) === b) {
      setType(p, 'person', 'korean-name', 2);
      p.personish = true;
    } else if (n === 1 && first.w.koreanAdmin) {
      setType(p, 'place', 'placeword', 2);
    } else if (n >= 2 && amp) {
      setType(p, 'org', 'ampersand', 2);
    } else if (n >= 2 && (L.ORG_FIRST.has(first.key) || (L.OF_HEADS.has(first.key) && toks[a + 1]!.conn && toks[a + 1]!.key === 'of'))) {
      setType(p, 'org', 'orgword', 2);
      p.orgword = true;
    } else if (n >= 2 && L.ORG_HEADS.has(last.key) && !(L.GENERIC_HEADS.has(last.key) && L.GENERIC.has(first.key))) {
      // "Pay", "Cloud", "TV" also end product names: a weaker cue
      setType(p, 'org', 'orgword', L.SOFT_ORG_HEADS.has(last.key) ? 1 : 2);
      p.orgword = true;
    } else if (n >= 2 && L.PLACE_HEADS.has(last.key)) {
      setType(p, 'place', 'placeword', 2);
    } else if (n >= 2 && n <= 3 && L.GIVEN_NAMES.has(first.key) && this.personSpan(toks, a, b) === b) {
      setType(p, 'person', 'given-name', 1);
      p.personish = true;
    } else if (first.key === 'pt' && n >= 2) {
      setType(p, 'org', 'suffix', 2);
    } else if (n === 1 && /&/.test(first.raw) && first.raw.length > 2) {
      setType(p, 'org', 'ampersand', 2); // AT&T
    }
    if (n === 1 && !p.type && (first.w.generic || first.w.month)) return;
    zone.push(p);
  }

  // ---------------------------------------------------------------- context

  /** Types a piece from the words around its run. Only for untyped or weakly typed pieces. */
  private applyContext(text: string, p: Piece): void {
    const run = p.run;
    const toks = run.toks;
    // only at the run's edges
    let firstContent = 0;
    while (firstContent < toks.length && (toks[firstContent]!.conn || toks[firstContent]!.w.stop)) firstContent++;
    let lastContent = toks.length - 1;
    while (lastContent >= 0 && (toks[lastContent]!.conn || toks[lastContent]!.w.stop)) lastContent--;
    const shape = this.personShape(p);
    const left = p.i0 <= firstContent ? this.leftCue(text, p, shape) : undefined;
    const right = p.i1 >= lastContent ? this.rightCue(text, p, shape) : undefined;
    // single capitalised adverbs opening a sentence ("Globally, the app …")
    if (p.i0 === p.i1 && !p.type && /ly$/.test(toks[p.i0]!.key) && sentenceStart(text, p.s)) return;
    let cue: Cue | undefined;
    if (left && right) cue = right.strength > left.strength || (right.strength === left.strength && left.ambiguous && right.type === 'person') ? right : left;
    else cue = left ?? right;
    if (!cue) return;
    if (cue.speech && !cue.type && left?.type) cue = left;
    if (left?.speech || right?.speech) p.speech = true;
    if (cue.speech) {
      p.speech = true;
      if (!cue.type) return;
    }
    if (!cue.type) return;
    if (p.type && p.strength >= cue.strength && p.type !== cue.type) return;
    if (p.personish && cue.type !== 'person' && cue.strength < 2) return;
    if (p.personish && cue.type !== 'person' && cue.ambiguous) return;
    p.type = cue.type;
    p.cue = cue.cue;
    p.strength = cue.strength;
    if (cue.q) Object.assign(p.q, cue.q);
    if (cue.list) p.listCue = true;
  }

  private leftCue(text: string, p: Piece, shape: number): Cue | undefined {
    const { words, comma } = leftWords(text, p.s);
    const k = words.length;
    if (!k) {
      const listed = colonListType(text, p.s);
      if (listed === 'person') return shape >= 1 ? { type: 'person', strength: 2, cue: 'descriptor' } : undefined;
      return listed && { type: listed, strength: 2, cue: 'descriptor', list: true };
    }
    if (comma) {
      // "its flagship messaging app, KakaoTalk," — a descriptor then the name set off by commas
      const w = words[k - 1]!.toLowerCase();
      // "Tagus's co-founders, Inês Carvalhal and Duarte Meireles,": a plural of people, then their names
      if (L.LIST_NOUNS.get(w) === 'person' && shape >= 1) return { type: 'person', strength: 2, cue: 'descriptor', list: true };
      const after = text.slice(p.e, p.e + 2);
      if (!/^(?:['’]s)?[,.;:)]/.test(after) && !/^['’]/.test(after)) return undefined;
      if (L.LEFT_PRODUCT.has(w)) return { type: 'product', strength: 1, cue: 'descriptor' };
      if (L.LEFT_ORG.has(w) && !L.LEFT_AMBIGUOUS.has(w)) return { type: 'org', strength: 1, cue: 'descriptor' };
      // "Lumacore's co-founder and chief executive, Noemi Wyss, is to …": a title then a name set off by commas
      // ("managing partner, X," is a title too, though "partner" alone may be a company)
      const titled = !L.LEFT_AMBIGUOUS.has(w) || (k >= 2 && L.TITLE_MODS.has(words[k - 2]!.toLowerCase()));
      if ((L.LEFT_PERSON.has(w) || isTitleHead(w) || L.LEFT_AMBIGUOUS.has(w)) && titled && shape >= 2) return { type: 'person', strength: 2, cue: 'title' };
      // "Its co-founder, Dimas Wirawan, will …": a title of someone's (a founder, not a partner), then a name
      if ((L.LEFT_PERSON.has(w) || isTitleHead(w)) && (!L.LEFT_AMBIGUOUS.has(w) || /found/.test(w)) && shape >= 1 && OWNED_TITLE.test(text.slice(Math.max(0, p.s - 60), p.s))) return { type: 'person', strength: 2, cue: 'title' };
      return undefined;
    }
    const w1 = words[k - 1]!.toLowerCase();
    const w2 = k >= 2 ? words[k - 2]!.toLowerCase() : '';
    const w3 = k >= 3 ? words[k - 3]!.toLowerCase() : '';
    const person = (strength: number, cue: string): Cue | undefined => (shape >= 1 ? { type: 'person', strength, cue } : undefined);
    const listNoun = (noun: string): Cue | undefined => {
      const t = L.LIST_NOUNS.get(noun);
      if (!t) return undefined;
      if (t === 'person') return person(2, 'descriptor');
      return { type: t, strength: 2, cue: 'descriptor', list: true };
    };
    if (w1.startsWith('-')) {
      const t = HYPHEN_CUES.get(w1.slice(1));
      // "Munich-based Helsing": a company is based somewhere; "ChatGPT-powered Aster": a product
      if (t === 'place' || t === 'org') return shape >= 2 && p.personish ? undefined : { type: 'org', strength: 1, cue: 'hyphen' };
      return undefined;
    }
    // "launched Atlas 3", "unveiled the Galaxy Z Fold 7", "the debut of Free Zone"
    const v1 = /^(?:the|its|a|an|their|his|her|new)$/.test(w1) ? w2 : w1;
    if (L.PRODUCT_VERBS_BEFORE.has(v1) && !(shape >= 2 && p.personish)) return { type: 'product', strength: 1, cue: 'context' };
    if (w1 === 'of' && L.PRODUCT_BEFORE_OF.has(w2)) return { type: 'product', strength: 1, cue: 'context' };
    if (w1 === 'as' && w2 === 'such') return listNoun(w3);
    if (w1 === 'including' || w1 === 'include' || w1 === 'includes' || w1 === 'like' || w1 === 'namely') return listNoun(w2);
    if (w1 === 'with' && (L.ORG_BEFORE_WITH.has(w2) || (w2 === 'up' && w3 === 'teamed'))) return { type: 'org', strength: 2, cue: 'context', ambiguous: true };
    if (w1 === 'of' && w2 === 'courtesy') return { type: 'org', strength: 2, cue: 'context' };
    if (w1 === 'of' && L.ORG_BEFORE_OF.has(w2)) return { type: 'org', strength: 2, cue: 'context', ambiguous: true };
    if (w1 === 'in' && L.ORG_BEFORE_IN.has(w2)) return { type: 'org', strength: 2, cue: 'context', ambiguous: true };
    if (w1 === 'in' && L.PLACE_BEFORE_IN.has(w2)) return shape >= 2 && p.personish ? undefined : { type: 'place', strength: 2, cue: 'context' };
    if (w1 === 'by' && L.ORG_BEFORE_BY.has(w2)) {
      if (L.BY_AMBIGUOUS.has(w2) && shape >= 2) return person(1, 'context');
      return { type: 'org', strength: L.BY_AMBIGUOUS.has(w2) ? 1 : 2, cue: 'context' };
    }
    if (w1 === 'to' && w2 === 'according') return shape >= 2 ? person(1, 'context') : { type: 'org', strength: 1, cue: 'context' };
    if (w1 === 'at' && L.ORG_AT_AFTER.has(w2)) return { type: 'org', strength: 2, cue: 'context', ambiguous: true };
    // "head of technology investment banking at Nordea": a title's field, then where it is held
    if (w1 === 'at' && TITLE_OF_AT.test(text.slice(Math.max(0, p.s - 80), p.s))) return { type: 'org', strength: 2, cue: 'context', ambiguous: true };
    if (L.SPEECH_BEFORE.has(w1)) {
      if (shape >= 2) return person(2, 'speech');
      return { speech: true, strength: 0, cue: 'speech' };
    }
    if (L.ORG_VERBS_BEFORE.has(w1)) return { type: 'org', strength: 1, cue: 'context', ambiguous: true };
    if (L.LEFT_AMBIGUOUS.has(w1)) {
      if (shape >= 2) return person(2, 'title');
      if (L.LEFT_ORG.has(w1)) return { type: 'org', strength: 2, cue: 'descriptor' };
      return undefined;
    }
    if (L.LEFT_PERSON.has(w1)) {
      if (shape < 1) return undefined;
      // the title: the title-like words just before the name ("chief executive", "defense official")
      let t = k - 1;
      while (t > 0 && (L.TITLE_MODS.has(words[t - 1]!) || isTitleHead(words[t - 1]!) || L.LEFT_PERSON.has(words[t - 1]!))) t--;
      return { type: 'person', strength: 2, cue: 'title', q: { title: words.slice(t).join(' ') } };
    }
    if (L.LEFT_ORG.has(w1) || /makers?$/.test(w1)) return { type: 'org', strength: 2, cue: 'descriptor' };
    if (L.LEFT_PRODUCT.has(w1)) return { type: 'product', strength: 2, cue: 'descriptor' };
    return undefined;
  }

  private rightCue(text: string, p: Piece, shape: number): Cue | undefined {
    const last = p.run.toks[p.i1]!;
    if (last.hyph) {
      const t = HYPHEN_CUES.get(last.hyph);
      if (t === 'place' || t === 'org') return { type: t, strength: 2, cue: 'hyphen' };
      if (t === 'product') return { type: 'product', strength: 1, cue: 'hyphen' };
      return undefined;
    }
    // read after trimmed words at the run's end ("Hitoshi One, the director …")
    const toks = p.run.toks;
    const after = p.i1 < toks.length - 1 ? toks[toks.length - 1]!.e : p.e;
    if (last.poss) {
      // "OpenAI's chief strategy officer", "Krafton's shares"
      const words = rightWords(text, text[after] === "'" || text[after] === '’' ? after + 2 : after + 1, 3);
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w.punct || w.cap) break;
        if (L.RIGHT_ORG_POSS.has(w.lower)) return { type: 'org', strength: 1, cue: 'context' };
      }
      return undefined;
    }
    // quick exit: a capital, digit or line end right after
    let k = after;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 160)) k++;
    const c0 = text.charCodeAt(k);
    if (!(c0 === 44 || (c0 >= 97 && c0 <= 122))) return undefined;
    if (c0 === 44) return this.afterComma(rightWords(text, after, 12), shape);
    // one lower-case word (two for "news agency", more for "said in a statement")
    let e = k;
    while (e < text.length && ((text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) || text.charCodeAt(e) === 45)) e++;
    const w0 = text.slice(k, e);
    if (L.SPEECH_VERBS.has(w0)) {
      // "Meridian said it would …": a company speaks of itself as "it"
      if ((w0 === 'said' || w0 === 'says') && /^\s+its?\b/.test(text.slice(e, e + 5)) && shape < 2) return { type: 'org', strength: 1, cue: 'speech', speech: true };
      // "Loka Interaktif said revenue for the first half rose": a company reports its figures
      if ((w0 === 'said' || w0 === 'says' || w0 === 'reported' || w0 === 'reports') && /^\s+(?:(?:that|its|on\s+\w+)\s+)?(?:quarterly\s+|annual\s+|full-year\s+|net\s+|operating\s+)?(?:revenue|revenues|sales|profit|profits|earnings|turnover)\b/.test(text.slice(e, e + 40))) return { type: 'org', strength: 2, cue: 'speech' };
      if (w0 === 'said') {
        const r = rightWords(text, e, 5);
        if (r.length >= 3 && (r[0]!.lower === 'in' || r[0]!.lower === 'on')) {
          for (let i = 1; i < r.length; i++) {
            if (/^(?:statement|filing|release|post|report|blog|disclosure|announcement|website|note)$/.test(r[i]!.lower)) return { type: 'org', strength: 1, cue: 'statement', speech: shape === 1 };
          }
        }
      }
      if (shape >= 2) return { type: 'person', strength: 1, cue: 'speech' };
      return { speech: true, strength: 0, cue: 'speech' };
    }
    if (L.RIGHT_ORG.has(w0) || (w0 === 'news' && /^\s+agency\b/.test(text.slice(e, e + 12)))) {
      if (shape >= 2 && p.personish) return undefined;
      return { type: 'org', strength: 1, cue: 'context' };
    }
    if (L.RIGHT_PRODUCT.has(w0)) return { type: 'product', strength: 1, cue: 'context' };
    // "… ahead of Cinemar with 24%, Ola Play with 14% and Telara+ with 9%": a share after a name
    if (w0 === 'with' && SHARE_AFTER.test(text.slice(e, e + 24)) && !(shape >= 2 && p.personish)) return { type: 'org', strength: 1, cue: 'share' };
    // "Ember Tide Pocket averaged 7.4 million monthly active users", "Pantalla had 9.4 million paying
    // subscribers": what has users is a product (a person with a given name may have followers)
    if (METRIC_VERB.test(w0) && USERS_AFTER.test(text.slice(e, e + 60)) && !(shape >= 2 && p.personish)) return { type: 'product', strength: 1, cue: 'users' };
    if (L.TITLE_LINKS.has(w0) || L.AUXILIARIES.has(w0) || L.PERSON_VERBS_AFTER.has(w0) || L.ORG_VERBS_AFTER.has(w0) || w0 === 'to') {
      const r = rightWords(text, k, 6);
      let i = 0;
      let link = false;
      while (i < r.length - 1 && !r[i]!.punct && (L.AUXILIARIES.has(r[i]!.lower) || r[i]!.lower === 'to' || r[i]!.lower === 'been')) {
        if (L.TITLE_LINKS.has(r[i]!.lower) || r[i]!.lower === 'been') link = true;
        i++;
      }
      const v = r[i]?.lower ?? '';
      // "X became CEO", "X was named chief executive", "X is the CEO", "X will serve as president"
      if (link || L.TITLE_LINKS.has(v)) {
        let j = L.TITLE_LINKS.has(v) ? i + 1 : i;
        while (j < r.length && /^(?:as|the|a|an|its|their|his|her|named|appointed|co|new|interim|acting)$/.test(r[j]!.lower)) j++;
        const t = r[j];
        if (t && !t.punct && (isTitleHead(t.lower) || t.lower === 'chief' || t.lower === 'vice' || t.lower === 'managing' || t.lower === 'deputy')) {
          return shape >= 1 ? { type: 'person', strength: 2, cue: 'title' } : undefined;
        }
      }
      // "Ola Play became the third-largest platform": a rank among companies, not a person's title
      if (/^(?:became|becomes|become|is|was|remains|remained|ranks|ranked)$/.test(v) && RANK_AFTER.test(text.slice(k, k + 80).replace(/^\S+\s+/, ''))) return { type: 'org', strength: 1, cue: 'rank' };
      if (shape >= 2 && L.PERSON_VERBS_AFTER.has(v)) return { type: 'person', strength: 1, cue: 'verb' };
      // "The Lingxi-3 was unveiled in August": what was launched is a product, not who launched it
      if (shape < 2 && i > 0 && /^(?:is|was|were|are|been|be)$/.test(r[i - 1]!.lower) && L.PRODUCT_VERBS_BEFORE.has(v)) return { type: 'product', strength: 1, cue: 'verb' };
      if (shape < 2 && L.ORG_VERBS_AFTER.has(v)) return { type: 'org', strength: 1, cue: 'verb' };
    }
    return undefined;
  }

  /** ", CEO of Kakao" · ", a South Korean internet company" · ", who …" · ", founded in 2021". */
  private afterComma(r: RWord[], shape: number): Cue | undefined {
    // "Rosa Alvarez, 52, has been …": an age set off by commas
    if (shape >= 1 && r[1] && /^[1-9]\d$/.test(r[1].w) && +r[1].w >= 18 && r[2]?.w === ',') return { type: 'person', strength: 2, cue: 'appositive' };
    let i = 1;
    let article = false;
    while (i < r.length && !r[i]!.punct && APPOSITIVE_SKIP.has(r[i]!.lower)) {
      if (ARTICLES.has(r[i]!.lower)) article = true;
      i++;
    }
    // "the startup's chief operating officer"
    if (article && i < r.length && !r[i]!.cap && r[i]!.poss && !r[i]!.punct) i++;
    if (i >= r.length) return undefined;
    const w = r[i]!;
    // "BiliNow, whose share slid to 19%": what has a share, revenue or users is a company
    if (!article && w.lower === 'whose' && r[i + 1] && /^(?:market|share|shares|revenue|revenues|sales|stock|valuation|app|users|subscribers|monthly|daily|weekly|parent|customers)$/.test(r[i + 1]!.lower)) return { type: 'org', strength: 1, cue: 'appositive' };
    if (!article && (w.lower === 'who' || w.lower === 'whose')) {
      if (shape < 1) return undefined;
      // ", who was president of …" is as good as a title
      let j = i + 1;
      while (j < r.length && /^(?:is|was|has|had|been|the|a|an|its|formerly|previously|currently|also|then|now|served|serves|as)$/.test(r[j]!.lower)) j++;
      const t = r[j];
      const title = !!t && !t.punct && (isTitleHead(t.lower) || t.lower === 'chief' || t.lower === 'vice' || t.lower === 'managing' || t.lower === 'deputy');
      return { type: 'person', strength: title ? 2 : 1, cue: title ? 'title' : 'appositive' };
    }
    if (!article && /^(?:founded|headquartered|based|established|incorporated|listed)$/.test(w.lower)) return { type: 'org', strength: 2, cue: 'appositive' };
    // title, possibly after an employer: ", OpenAI chief strategy officer", ", Netflix's head of anime",
    // ", previously head of operations at …"
    let j = i;
    while (j < r.length && !r[j]!.punct && /^(?:previously|formerly|currently|recently|until|most|now|once|then|also)$/.test(r[j]!.lower)) j++;
    let caps = 0;
    while (j < r.length && caps < 3 && r[j]!.cap && !isTitleHead(r[j]!.lower) && !L.TITLE_MODS.has(r[j]!.lower)) {
      caps++;
      if (r[j]!.poss) {
        j++;
        break;
      }
      j++;
    }
    if (j < r.length && !r[j]!.punct) {
      const t = r[j]!.lower;
      const titleLike = isTitleHead(t) || t === 'chief' || t === 'vice' || t === 'managing' || t === 'deputy' || t === 'senior' || t === 'executive' || t === 'co-founder' || t === 'general';
      if (titleLike && !(article && caps === 0 && r[j + 1] && !r[j + 1]!.punct && L.APPOSITIVE_NOUNS.get(r[j + 1]!.lower) === 'org')) {
        return shape >= 1 ? { type: 'person', strength: 2, cue: 'title' } : undefined;
      }
    }
    // appositive noun
    let from = i;
    if (w.lower === 'one' && r[i + 1]?.lower === 'of') {
      from = i + 2;
      article = true;
    } else if (w.cap && w.poss) {
      from = i + 1;
      article = true;
    }
    if (!article) return undefined;
    // the head noun is the last noun of the phrase: "a drone startup", "a data analytics platform operated by …"
    let t: EntityType | undefined;
    for (let k = from; k < Math.min(r.length, from + 8); k++) {
      const x = r[k]!;
      if (x.punct || NP_END.has(x.lower)) break;
      const n = L.APPOSITIVE_NOUNS.get(x.lower) ?? L.LIST_NOUNS.get(x.lower) ?? (/makers?$/.test(x.lower) ? 'org' : undefined);
      if (n) t = n;
      if (x.poss && k > from) break;
    }
    if (!t) return undefined;
    if (t === 'person') return shape >= 1 ? { type: 'person', strength: 2, cue: 'appositive' } : undefined;
    return { type: t, strength: 2, cue: 'appositive' };
  }

  // ---------------------------------------------------------------- shapes

  private piece(run: Run, i0: number, i1: number): Piece {
    return { s: run.toks[i0]!.s, e: run.toks[i1]!.e, run, i0, i1, strength: 0, q: {} };
  }

  private contentCount(toks: Tok[], a: number, b: number): number {
    let n = 0;
    for (let i = a; i <= b; i++) {
      const t = toks[i]!;
      if (!t.conn && !t.w.nameSuffix && !t.w.initial) n++;
    }
    return n;
  }

  private isNameWord(t: Tok): boolean {
    return !t.conn && t.w.nameWord;
  }

  /** End index of the longest person-shaped span from a (≤ 4 name words), or a-1. */
  private personSpan(toks: Tok[], a: number, b: number): number {
    let end = a - 1;
    let words = 0;
    for (let i = a; i <= b; i++) {
      const t = toks[i]!;
      if (t.poss && i < b) {
        if (this.isNameWord(t) && words < 4) end = i;
        break;
      }
      if (this.isNameWord(t)) {
        if (words >= 4) break;
        words++;
        end = i;
      } else if (t.w.initial && i < b) {
        continue;
      } else if (words > 0 && t.w.nameSuffix) {
        end = i;
        break;
      } else if (t.conn && L.NAME_PARTICLES.has(t.key) && words > 0 && i < b) {
        continue;
      } else break;
      if (t.poss) break;
    }
    if (end >= a && toks[end]!.w.orgHead && !toks[end]!.w.genericHead) return a - 1;
    return end;
  }

  /** 0: not a person's shape; 1: one name word; 2+: several. */
  private personShape(p: Piece): number {
    const toks = p.run.toks;
    if (p.gaz && p.gaz.type !== 'person') return 0;
    if (this.personSpan(toks, p.i0, p.i1) !== p.i1) return 0;
    return this.contentCount(toks, p.i0, p.i1);
  }

  private koreanName(toks: Tok[], a: number, b: number): boolean {
    if (b - a !== 1) return false;
    const x = toks[a]!;
    const y = toks[b]!;
    if (x.conn || y.conn) return false;
    return (x.w.koreanSurname && y.w.hyphenGiven) || (x.w.hyphenGiven && y.w.koreanSurname);
  }

  // ---------------------------------------------------------------- pass 2

  private typedInDocument = false;

  private documentPass(text: string, pieces: Piece[]): void {
    this.typedInDocument = false;
    this.acronyms(text, pieces);
    this.lists(text, pieces);

    // 1. names typed somewhere in the document type their other occurrences ("Prima Materia", headlines)
    const lex = new PhraseIndex();
    const seenNames = new Set<string>();
    let untyped = false;
    for (const p of pieces) {
      if (!p.type) {
        untyped = true;
        continue;
      }
      // gazetteer names are found by the gazetteer wherever they occur
      if (p.demonym || p.strength < 1 || p.hidden || p.gaz) continue;
      const { words } = this.pieceWords(p);
      if (p.type === 'person' && words.length < 2) continue;
      const name = p.name ?? this.nameFor(text.slice(p.s, p.e), p.type);
      const value = { type: p.type, name };
      lex.add(words, value);
      const nk = `${p.type}\u0000${name}`;
      if (!seenNames.has(nk)) {
        seenNames.add(nk);
        lex.add(phraseWords(name), value);
      }
    }
    const extra: Piece[] = [];
    if (lex.size) {
      for (const p of pieces) {
        if (p.hidden) continue;
        if (p.type) {
          // a weakly typed name takes the name it has elsewhere ("FTC" after "Fair Trade Commission (FTC)")
          if (p.strength < 2 && !p.gaz && p.type !== 'person') {
            const { words } = this.pieceWords(p);
            const m = lex.matchAt(words, 0);
            if (m && m.length === words.length && m.value.type !== 'person') {
              p.type = m.value.type;
              p.name = m.value.name;
            }
          }
          continue;
        }
        if (untyped && !this.isSingle(p)) this.matchDocument(p, lex, extra);
      }
    }
    if (extra.length) mergeSorted(pieces, extra);
    if (lex.size) this.mergeByDocument(pieces, lex);

    const sorted = extra.length;
    // 2. a bare surname or first name is the person named in full elsewhere; else a name typed elsewhere
    const parts = new Map<string, Occurrences>();
    for (const p of pieces) {
      if (p.type !== 'person' || p.hidden) continue;
      const name = p.name ?? this.nameFor(text.slice(p.s, p.e), 'person');
      const nameWords = name.split(' ');
      if (nameWords.length < 2) continue;
      const { words } = this.pieceWords(p);
      const keys = [words[0]!, words[words.length - 1]!, wordKey(nameWords[0]!), wordKey(nameWords[nameWords.length - 1]!)];
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (keys.indexOf(k) !== i || k.length < 2 || L.STOP.has(k) || L.GENERIC.has(k)) continue;
        let occ = parts.get(k);
        if (!occ) parts.set(k, (occ = { names: [], pos: [] }));
        if (occ.names[occ.names.length - 1] !== name) {
          occ.names.push(name);
          occ.pos.push(p.s);
        }
      }
    }
    for (const p of pieces) {
      if (p.hidden || !this.isSingle(p)) continue;
      if (!p.type || p.strength < 2 || p.type === 'person') {
        const occ = parts.size ? parts.get(p.run.toks[this.firstContentIndex(p)]!.key) : undefined;
        if (occ && !(p.gaz && p.gaz.type !== 'person')) {
          const full = pickNearest(occ, p.s);
          if (full && (p.type === 'person' || !p.type || p.speech || p.cue === 'statement' || p.cue === 'verb' || p.cue === 'context' || p.cue === 'employer')) {
            const surface = text.slice(p.s, p.e);
            if (full !== surface) p.q.linkedFrom = surface;
            if (p.type !== 'person') this.typedInDocument = true;
            p.type = 'person';
            p.name = full;
            p.cue = p.cue && p.strength >= 2 ? p.cue : 'linked';
            p.strength = Math.max(p.strength, 1);
            continue;
          }
        }
      }
      if (!p.type && lex.size) this.matchDocument(p, lex, extra);
    }
    if (extra.length > sorted) mergeSorted(pieces, extra.slice(sorted));
    // lists again: names typed by the document may type their neighbours
    if (extra.length || this.typedInDocument) this.lists(text, pieces);
  }

  /**
   * A name typed in full elsewhere joins pieces the gazetteer split: "Bavaria Motorwerke AG" makes a
   * later "Bavaria Motorwerke" one organisation rather than the place Bavaria and a stray word.
   */
  private mergeByDocument(pieces: Piece[], lex: PhraseIndex): void {
    let i = 0;
    while (i < pieces.length) {
      const run = pieces[i]!.run;
      let j = i;
      while (j + 1 < pieces.length && pieces[j + 1]!.run === run) j++;
      if (j > i) {
        const words = run.toks.map((t) => t.key);
        for (let a = i; a < j; a++) {
          const first = pieces[a]!;
          if (first.hidden || (first.strength >= 2 && !first.gaz)) continue;
          const m = lex.matchAt(words, first.i0);
          if (!m) continue;
          const end = first.i0 + m.length - 1;
          let b = a;
          while (b + 1 <= j && pieces[b + 1]!.i1 <= end) b++;
          if (b === a || pieces[b]!.i1 !== end) continue;
          if (pieces.slice(a + 1, b + 1).some((p) => p.hidden || (p.strength >= 2 && !p.gaz))) continue;
          first.e = pieces[b]!.e;
          first.i1 = end;
          first.type = m.value.type;
          first.name = m.value.name;
          first.cue = 'document';
          first.strength = 1;
          first.gaz = undefined;
          first.demonym = false;
          delete first.q.demonym;
          for (let k = a + 1; k <= b; k++) pieces[k]!.hidden = true;
          a = b;
        }
      }
      i = j + 1;
    }
  }

  private isSingle(p: Piece): boolean {
    return p.i0 === p.i1 || this.contentCount(p.run.toks, p.i0, p.i1) === 1;
  }

  /** Types an untyped piece, or parts of it, from names typed elsewhere in the document. */
  private matchDocument(p: Piece, lex: PhraseIndex, extra: Piece[]): void {
    const { words, idx } = this.pieceWords(p);
    // a personal name is not cut up by a word typed elsewhere ("Budi Santoso" after "Santoso will join")
    const whole = this.personShape(p) >= 2;
    let i = 0;
    const subs: Piece[] = [];
    while (i < words.length) {
      const m = lex.matchAt(words, i);
      if (!m) {
        i++;
        continue;
      }
      const a = idx[i]!;
      const b = idx[i + m.length - 1]!;
      if (a === p.i0 && b === p.i1) {
        p.type = m.value.type;
        p.name = m.value.name;
        p.cue = 'document';
        p.strength = 1;
        this.typedInDocument = true;
        return;
      }
      if (whole) return;
      const sp = this.piece(p.run, a, b);
      sp.type = m.value.type;
      sp.name = m.value.name;
      sp.cue = 'document';
      sp.strength = 1;
      subs.push(sp);
      i += m.length;
    }
    if (subs.length) {
      p.hidden = true;
      extra.push(...subs);
    }
  }

  private firstContentIndex(p: Piece): number {
    const toks = p.run.toks;
    for (let i = p.i0; i <= p.i1; i++) if (!toks[i]!.conn && !toks[i]!.w.initial) return i;
    return p.i0;
  }

  /** Word keys of a piece without legal suffixes, and the token index of each. */
  private pieceWords(p: Piece): { words: string[]; idx: number[] } {
    const toks = p.run.toks;
    const words: string[] = [];
    const idx: number[] = [];
    for (let i = p.i0; i <= p.i1; i++) {
      const t = toks[i]!;
      if (isSuffixTok(t) && i > p.i0) continue;
      words.push(t.key);
      idx.push(i);
    }
    return { words, idx };
  }

  /** "Amazon Web Services (AWS)": the acronym names the same entity. */
  private acronyms(text: string, pieces: Piece[]): void {
    for (let pi = 0; pi < pieces.length; pi++) {
      const p = pieces[pi]!;
      if (!p.type || p.demonym) continue;
      let k = p.e;
      while (text.charCodeAt(k) === 32) k++;
      if (text.charCodeAt(k) !== 40) continue;
      const m = /^\s*\(\s*(\p{Lu}[\p{L}\p{N}&.+-]{1,11})\s*\)/u.exec(text.slice(p.e, p.e + 20));
      if (!m) continue;
      const at = p.e + m[0].indexOf(m[1]!);
      let q: Piece | undefined;
      for (let k2 = pi + 1; k2 < pieces.length && pieces[k2]!.s <= at; k2++) if (pieces[k2]!.s === at) q = pieces[k2];
      if (!q || q.e !== at + m[1]!.length || (q.type && q.strength >= 2)) continue;
      q.type = p.type;
      q.name = p.name ?? this.nameFor(text.slice(p.s, p.e), p.type);
      q.cue = 'acronym';
      q.strength = 2;
      q.hidden = false;
    }
  }

  /** Comma lists share a type: "Northfield Capital, Aster Ventures, Kelp Partners and Orbit Fund". */
  private lists(text: string, pieces: Piece[]): void {
    let group: Piece[] = [];
    let conj = false;
    const flush = (): void => {
      if (group.length >= 3 || (group.length === 2 && conj)) {
        const types = new Set<EntityType>();
        for (const g of group) if (g.type && (g.strength >= 2 || g.listCue)) types.add(g.type);
        // no strong evidence: agreeing weak cues of the members ("Gojo and Tokara agreed to merge")
        if (!types.size) for (const g of group) if (g.type && g.strength >= 1) types.add(g.type);
        if (types.size === 1) {
          const [type] = [...types];
          // places come from the gazetteer only: a list does not make an unknown word a place
          if (type === 'place') {
            group = [];
            conj = false;
            return;
          }
          for (const g of group) {
            if (g.strength >= 2 && g.type) continue;
            if (g.type === type) continue;
            if (type === 'org' && g.personish && g.strength >= 1 && group.length < 3) continue;
            if (type === 'person' && this.personShape(g) === 0) continue;
            g.type = type;
            g.cue = 'list';
            g.strength = 1;
            g.name = undefined;
          }
        }
      }
      group = [];
      conj = false;
    };
    let prev: Piece | undefined;
    for (const p of pieces) {
      if (p.hidden || p.demonym || p.run.headline || (p.run.toks[p.i1]!.poss && p.gaz)) {
        flush();
        prev = undefined;
        continue;
      }
      if (prev && prev.e <= p.s && !prev.run.toks[prev.i1]!.poss) {
        const g = p.s - prev.e <= 13 ? listGap(text, prev.e, p.s) : 0;
        if (g) {
          if (!group.length) group.push(prev);
          group.push(p);
          if (g === 2) conj = true;
          prev = p;
          continue;
        }
      }
      flush();
      prev = p;
    }
    flush();
  }
}

type ZoneKind = 'plain' | 'suffix' | 'beforeTitle' | 'afterTitle' | 'employer';
interface Zone {
  a: number;
  b: number;
  kind: ZoneKind;
  title?: { s: number; e: number; text: string; strong: boolean };
  afterSuffix?: boolean;
}
interface Cue {
  type?: EntityType;
  strength: number;
  cue: string;
  q?: Record<string, unknown>;
  list?: boolean;
  speech?: boolean;
  /** Context that people also fit ("working with …"): does not override a personal name. */
  ambiguous?: boolean;
}

const LIST_GAP = /^(?:\s*,\s*(?:(and|or)\s+)?|\s+(and|or|&)\s+|\s*,?\s+as well as\s+)$/;
/** 0: no list separator between from and to; 1: a comma; 2: "and"/"or"/"as well as". */
function listGap(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (c !== 44 && c !== 32) return 0;
  // the usual ", " and " and "
  if (c === 44 && to - from === 2 && text.charCodeAt(from + 1) === 32) return 1;
  if (c === 44 && to - from === 1) return 1;
  if (to - from === 5 && text.startsWith(' and ', from)) return 2;
  const gap = text.slice(from, to);
  const m = LIST_GAP.exec(gap);
  if (!m) return 0;
  return m[1] || m[2] || gap.includes('as well') ? 2 : 1;
}

/** " 3", " 11", " 3.5" after a product — not a count ("ChatGPT 5 million users") or a date. */
const VERSION = /^ (\d{1,2}(?:\.\d{1,2})?[a-z]?)(?![\d%]|[,.]\d| ?(?:million|billion|trillion|thousand|percent|per|times|x|users|people|hours|days|weeks|months|years|minutes|seconds|%|am|pm|a\.m|p\.m)\b)/;
/** Words that end a noun phrase. */
/** A rank among companies after a linking verb: "the third-largest platform", "the biggest carrier". */
const RANK_AFTER = /^(?:(?:now|still|also)\s+)?(?:the|its|their)\s+(?:(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))[-\s])?(?:largest|biggest|most\s+popular|most\s+valuable|leading|top|smallest)\b/i;
/** A share after "with": " 14%", " about 9 per cent". */
const SHARE_AFTER = /^\s+(?:(?:about|around|roughly|nearly|just|some)\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)/i;
/** Verbs that give a count of users: "averaged", "logged", "counted". */
const METRIC_VERB = /^(?:averaged|averages|logged|logs|counted|counts|drew|draws|attracted|attracts|boasted|boasts|had|has|reached|reaches|hit|hits|topped|tops|surpassed|surpasses|crossed|crosses|passed|passes)$/;
/** A count of users after the verb: " 7.4 million monthly active users", " a record 3.5 million daily players". */
const USERS_AFTER = /^\s+(?:(?:an?|a\s+record|more\s+than|over|about|around|nearly|some|roughly|just\s+over|the)\s+)*[\d.,]+(?:\s*(?:million|billion|thousand|m|bn|k))?\s+(?:[a-z-]+\s+){0,3}(?:users|players|subscribers|listeners|viewers|members|customers)\b/i;
const NP_END = new Set(['which', 'that', 'who', 'whose', 'with', 'for', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'and', 'or', 'is', 'was', 'are', 'were', 'has', 'had', 'best', 'known', 'founded', 'based', 'operated', 'owned', 'run', 'backed', 'led', 'headquartered', 'said', 'says', 'will', 'would', 'since', 'after', 'before', 'when', 'where', 'while', 'but', 'as', 'than']);
const ARTICLES = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'both', 'all', 'each']);
const APPOSITIVE_SKIP = new Set([...ARTICLES, 'its', 'his', 'her', 'their', 'former', 'then', 'now', 'current', 'also', 'currently', 'newly', 'recently']);
const LONG_SUFFIX = new Set(['inc', 'corp', 'ltd', 'llc', 'plc', 'gmbh', 'corporation', 'limited', 'incorporated']);

function isCaps(t: Tok): boolean {
  return t.raw.length >= 2 && t.raw === t.raw.toUpperCase();
}

function classWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function setType(p: Piece, type: EntityType, cue: string, strength: number): void {
  p.type = type;
  p.cue = cue;
  p.strength = strength;
}

/** Whether pos opens a sentence (start of text or line, or after . ! ? : or a quote). */
function sentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i < 0) return true;
  return /[\n.!?:"“”‘'(\[—–-]/.test(text[i]!);
}

/** Merges `extra` into the sorted `pieces` (by start, longer first), in place, in linear time. */
function mergeSorted(pieces: Piece[], extra: Piece[]): void {
  extra.sort((x, y) => x.s - y.s || y.e - x.e);
  const out: Piece[] = new Array(pieces.length + extra.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < pieces.length || j < extra.length) {
    const a = pieces[i];
    const b = extra[j];
    if (b && (!a || b.s < a.s || (b.s === a.s && b.e > a.e))) {
      out[k++] = b;
      j++;
    } else {
      out[k++] = a!;
      i++;
    }
  }
  pieces.length = 0;
  for (const p of out) pieces.push(p);
}

interface Occurrences {
  names: string[];
  /** Ascending offsets, one per entry of names. */
  pos: number[];
}

/** The nearest earlier name (binary search), else the first later one. */
function pickNearest(occ: Occurrences, pos: number): string | undefined {
  // The first index with pos >= given.
  const lo = lowerBound(occ.pos.length, (i) => occ.pos[i]! < pos);
  if (lo > 0) return occ.names[lo - 1];
  for (let i = lo; i < occ.pos.length; i++) if (occ.pos[i]! > pos) return occ.names[i];
  return undefined;
}

/** Longest-match index over word-key sequences (names typed in this document). */
class PhraseIndex {
  private readonly map = new Map<string, { type: EntityType; name: string }>();
  get size(): number {
    return this.map.size;
  }
  private readonly prefixes = new Set<string>();
  private max = 1;
  add(words: string[], value: { type: EntityType; name: string }): void {
    if (!words.length) return;
    const key = words.join(' ');
    if (this.map.has(key)) return;
    this.map.set(key, value);
    for (let i = 1; i < words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
    this.max = Math.max(this.max, words.length);
  }
  matchAt(words: string[], start: number): { length: number; value: { type: EntityType; name: string } } | undefined {
    let best: { length: number; value: { type: EntityType; name: string } } | undefined;
    let k = '';
    for (let j = start; j < Math.min(words.length, start + this.max); j++) {
      k = j === start ? words[j]! : `${k} ${words[j]}`;
      const v = this.map.get(k);
      if (v) best = { length: j - start + 1, value: v };
      if (!this.prefixes.has(k)) break;
    }
    return best;
  }
}

