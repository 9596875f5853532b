// Roles whose organisation (or title) is not in the words of the match, so a pattern alone cannot
// give the whole fact: a bare "CEO Mara Lindqvist" or "Jane Roe, the company's CFO" (the article's
// company), "President Lee Jae-myung" (the country of the sentence or article), "founded in 2019 by
// A and B" / "co-founded X with Y" (title "founder" / "co-founder", one fact per founder), "the
// office is headed by X" / "X, who heads Y" (title "head"), "X had been head of sales" (former).
// The patterns run on the same engine as ./rules.ts; this code then fills the organisation.
import { sentenceAt } from '../../document/index.js';
import type { Draft } from '../../engine/draft.js';
import type { RuleSpecInput } from '../../engine/rule-spec.js';
import { bySentence, specRunner } from '../../engine/run.js';
import { defaultGazetteer } from '../../names/gazetteer.js';
import type { Mention } from '../../recognizers/types.js';
import { topics } from '../../refine/topics.js';
import type { CodeRule } from '../index.js';
import { GOV_BODY, GOV_TITLE, KW, TITLE, TITLE_BODY } from './rules.js';

// The title words of ./rules.ts and the heads of state a government title may be ("King Charles").
const role = { type: 'person.role', value: { text: 'title' } as const, keywords: [...KW, 'king', 'queen'] };
/** Words around a role that make it the article's company ("the company's", "its"). */
const OWN = "(?:(?:the|its|their|a|an|our)\\s+)?(?:(?:company|firm|group|startup|bank|fund|carrier|maker|platform|studio)['’]s\\s+)?";
/** A short description before the title: "a former Spanish diplomat and corporate partner". */
const DESC = '(?:(?:(?:[\\w-]+|{demonym})\\s+){1,4}?and\\s+)?';
const UNIT = '(?:office|offices|unit|division|business|operations|base|branch|subsidiary|arm|entity|venture|practice|hub|centre|center|campus|headquarters|department)';

export const SPECS: RuleSpecInput[] = [
  // "CEO Mara Lindqvist said", "co-founder and CEO Aya Morimoto", "Chief Operating Officer Tomas Reyes",
  // "Prime Minister Hana Ito", "Fisheries and Ocean Affairs Minister Ravi Menon", "Government Undersecretary X"
  // (a title right after a name, "OpenAI CEO X", "Peru's president X", is ./rules.ts: see afterName below)
  { ...role, id: 'person.role.title-name', pattern: `(?<![\\w-])(?<title>${TITLE_BODY}|${GOV_BODY})\\s+{person:subject}`, confidence: 0.75 },
  // "Kenji Tanabe, the company's chief technology officer", "Dana Okafor, a former Spanish diplomat and corporate partner"
  { ...role, id: 'person.role.name-title', pattern: `{person:subject},\\s+${OWN}${DESC}${TITLE}(?:\\s+(?:for|in)\\s+(?:the\\s+)?{anyplace})?(?=\\s*[,.;)—–]|\\s+(?:said|says|told|added|noted|wrote|who|since|and\\s+(?:a|an|the)\\b))`, confidence: 0.75 },
  // "The company also named Rui Costa, previously head of operations at a shipping line, as its chief operating officer"
  { ...role, id: 'person.role.company-named', pattern: `\\b(?:the\\s+(?:company|firm|group|startup|bank|business)|it)\\s+(?:has\\s+|have\\s+)?(?:also\\s+)?(?:named|appointed|hired|tapped|promoted|picked|chose)\\s+{person:subject}(?:,[^,;]{0,100},)?\\s+(?:as\\s+)?(?:its\\s+|the\\s+|their\\s+)?(?:new\\s+|first\\s+|next\\s+)?${TITLE}(?!\\s+(?:of|at)\\b)`, confidence: 0.75 },
  // "Cofounder Marta Lima remains chief technology officer" (of the article's company)
  { ...role, id: 'person.role.remains', pattern: `{person:subject}\\s+(?:remains|remained|stays|stayed|will\\s+remain|will\\s+stay|continues\\s+as|continued\\s+as|will\\s+continue\\s+as)\\s+(?:the\\s+|its\\s+)?${TITLE}(?!\\s+(?:of|at)\\b)`, confidence: 0.7 },
  // "She takes over as chief executive on April 1", "Johan Berggren, the head of research, was named interim CTO"
  { ...role, id: 'person.role.named-to', keywords: ['over as', 'named', 'appointed', 'promoted', 'elected', 'made'], pattern: `{person:subject}(?:,[^,;]{0,80},)?\\s+(?:(?:will|is\\s+to|is\\s+set\\s+to)\\s+)?(?:(?:take|takes|took|taking)\\s+over\\s+as|(?:was|has\\s+been|had\\s+been|will\\s+be|is\\s+being|is)\\s+(?:(?:named|appointed|elected|made)(?:\\s+as)?|promoted\\s+to))\\s+(?:the\\s+|its\\s+)?(?:new\\s+)?${TITLE}(?!\\s+(?:of|at)\\b|['’])(?:\\s+(?:on|from|in|effective)\\s+{date:time})?`, confidence: 0.7 },
  // "Magnus Vallgren will hand the top job to Maria Ekdahl and become chair of the board"
  { ...role, id: 'person.role.and-become', keywords: ['become', 'serve as', 'stay on as'], pattern: `{person:subject}\\s+will\\s+(?:[^.;,]{1,80}?)\\s+and\\s+(?:become|serve\\s+as|stay\\s+on\\s+as)\\s+(?:the\\s+|its\\s+)?(?:new\\s+)?${TITLE}(?!\\s+(?:of|at)\\s+(?!the\\s+board\\b))`, confidence: 0.7 },
  // "Leila Sabbagh, who co-founded Kvarn with X in 2017 and has served as its chief technology officer ever since"
  { ...role, id: 'person.role.served-as-its', keywords: ['served as', 'serving as'], pattern: `{person:subject},?\\s+who\\s+[^.;]{0,100}?\\s+(?:and\\s+)?(?:has|had)\\s+(?:since\\s+|also\\s+)?(?:served|been\\s+serving)\\s+as\\s+(?:its|the\\s+(?:company|firm|startup|group)['’]s)\\s+(?:first\\s+)?${TITLE}(?!\\s+(?:of|at)\\b)`, confidence: 0.7 },
  // "Jonas Lindqvist, Kraftzelle's head of procurement, had joined the Swedish company as chief operating officer"
  { ...role, id: 'person.role.joined-the-company-as', keywords: ['joined', 'joins', 'join'], pattern: `{person:subject}(?:,[^,;]{0,100},)?\\s+(?:had\\s+|has\\s+|will\\s+|is\\s+to\\s+)?(?:joined|joins|join)\\s+the\\s+(?:(?:[\\w-]+|{demonym})\\s+){0,2}?(?:company|firm|startup|group|business|bank|carmaker|maker|developer|lender|insurer)\\s+as\\s+(?:its\\s+|the\\s+|a\\s+|an\\s+)?(?:new\\s+)?${TITLE}`, confidence: 0.7 },
  // "Its chief executive, Omar Fathy, said …", "Its co-founder, Dimas Prasetyo, will become …": the company
  // the sentence before is about
  { ...role, id: 'person.role.its-title-comma-name', pattern: `\\b[Ii]ts\\s+${TITLE},\\s+{person:subject}(?=\\s*[,.;)]|\\s+(?:said|says|told|added|who|is|was|will|has)\\b)`, confidence: 0.7 },
  // "Nurul Ain Ramli, the ministry's deputy secretary-general": the ministry the article names
  { ...role, id: 'person.role.name-the-body-title', keywords: ['ministry', 'agency', 'regulator', 'department', 'university', 'commission', 'authority', 'council'], pattern: `{person:subject},\\s+the\\s+(?<body>ministry|agency|regulator|department|university|commission|authority|council)['’]s\\s+${TITLE}(?=\\s*[,.;)—–]|\\s+(?:said|says|told|added|who|since)\\b)`, confidence: 0.7 },
  // "Tagus's co-founders, Inês Carvalhal and Duarte Meireles, are staying on": one fact per founder
  { ...role, id: 'person.role.org-founders-names', keywords: ['founders'], pattern: `{org:object}['’]s?\\s+(?<title>(?:co-?)?founders),?\\s+{persons:subject}`, confidence: 0.8 },
  // "Meireles will lead a new applied-research group in Lisbon as vice-president of AI research"
  { ...role, id: 'person.role.will-lead-as', keywords: ['lead', 'run', 'head', 'oversee'], pattern: `{person:subject}\\s+(?:will|is\\s+to|is\\s+set\\s+to)\\s+(?:lead|run|head|oversee|build)\\s+(?:a|an|the|its)\\s+[^.;,]{0,80}?\\s+as\\s+(?:its\\s+)?(?:new\\s+)?${TITLE}(?!\\s+(?:of|at)\\s+{org})`, confidence: 0.7 },
  // "Priya Nair, who joined this month as president for Asia-Pacific" (of the article's company)
  { ...role, id: 'person.role.who-joined-as', keywords: ['joined', 'joins'], pattern: `{person:subject},?\\s+who\\s+(?:recently\\s+|has\\s+)?(?:joined|joins)(?:\\s+(?:this|last)\\s+(?:month|week|year)|\\s+in\\s+{date}|\\s+{date})?\\s+as\\s+(?:its\\s+|the\\s+|a\\s+|an\\s+)?(?:new\\s+)?(?<![\\w-])(?<title>${TITLE_BODY}(?:\\s+for\\s+(?:the\\s+)?(?:{anyplace}|[A-Z][\\w-]+(?:-[A-Z][\\w-]+)?))?)`, confidence: 0.7 },
  // "Jane Roe, who is also minister of mines and energy"
  { ...role, id: 'person.role.who-is-gov', pattern: `{person:subject},\\s+who\\s+is\\s+(?:also\\s+|now\\s+)?(?:the\\s+)?${GOV_TITLE}`, confidence: 0.75 },
  // "Marco Villanueva had been Head of Sales for the Netherlands", "X was previously chief operating officer"
  { ...role, id: 'person.role.had-been', pattern: `{person:subject},?\\s+(?:had\\s+been|was\\s+previously|was\\s+formerly|previously\\s+served\\s+as|formerly\\s+served\\s+as|who\\s+was\\s+previously)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?${TITLE}(?!\\s+(?:of|at|with)\\s+(?:the\\s+)?{org})`, qualifiers: { former: true }, confidence: 0.7 },
  // "Corvane, founded in 2019 by game designer A, and data scientist B": one fact per founder
  { ...role, id: 'person.role.founded-by', keywords: ['founded'], pattern: '\\b(?<title>(?:co-?)?found)ed\\s+(?:in\\s+{date}\\s+)?by\\s+(?<subject>[^.;]{0,80}?{person}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)[^.;,]{0,60}?{person}){0,4})', confidence: 0.8 },
  // "Berg co-founded Lumen Forge in 2019", "A and B co-founded Acme"
  { ...role, id: 'person.role.founded-org', keywords: ['founded'], pattern: '{persons:subject}(?:,[^,;]{0,60},|,?\\s+who)?\\s+(?:also\\s+|jointly\\s+)?(?<title>(?:co-?)?found)ed\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{org:object}', confidence: 0.8 },
  // "… co-founded Lumen Forge in 2019 with early Telmio investor Priya Nair"
  { ...role, id: 'person.role.founded-with', keywords: ['founded'], pattern: '\\b(?<title>(?:co-?)?found)ed\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?{org:object}(?:\\s+in\\s+{date})?\\s*,?\\s+(?:along\\s+|together\\s+)?with\\s+(?:(?:[\\w-]+|{org}|{demonym})\\s+){0,5}?{person:subject}', confidence: 0.8 },
  // "The Jakarta office … is headed up by Marco Villanueva", "The hub will be … led by Dana Okafor"
  { ...role, id: 'person.role.headed-by', keywords: ['headed', 'led', 'run'], pattern: `\\b${UNIT}\\b[^.;]{0,100}?\\b(?<title>headed|led|run)\\s+(?:up\\s+)?by\\s+{person:subject}`, confidence: 0.7 },
  // "Jane Roe, who heads Acme's robotics unit", "X, who leads Y", "X, who heads the Seoul office of Y"
  { ...role, id: 'person.role.who-heads', keywords: ['heads', 'leads', 'runs'], pattern: `{person:subject},?\\s+who\\s+(?:now\\s+|currently\\s+)?(?<title>head|lead|run)s\\s+(?:up\\s+)?(?:the\\s+)?(?:(?:[\\w-]+|{anyplace})\\s+){0,4}?(?:(?:of|at)\\s+(?:the\\s+)?)?{org:object}`, confidence: 0.75 },
  // "Kenji Mori, a former Panatek engineer, is heading the Osaka business", "Mia Park runs Acme's
  // Asia unit": a unit of the article's company unless one is named before it.
  { ...role, id: 'person.role.heads-unit', keywords: ['heads', 'heading', 'leads', 'leading', 'runs', 'running'], pattern: `{person:subject}(?:,[^,;]{0,100},)?\\s+(?:(?:is|are)\\s+)?(?:now\\s+|currently\\s+)?(?<title>head|lead|run)(?:s|ing|ning)\\s+(?:up\\s+)?(?:the\\s+(?:company|firm|group)['’]s\\s+|the\\s+|its\\s+|{org:object}['’]s\\s+)(?:(?:[\\w-]+|{anyplace})\\s+){0,3}?${UNIT}\\b`, confidence: 0.7 },
];

const runSpecs = specRunner(SPECS);
/** How many sentences back the body a title names ("the ministry's") may be. */
const BODY_REACH = 12;

/** Titles of heads of state and government members: their organisation is a country. */
const GOVERNMENT = /^(?:(?:acting|interim|former)\s+)?(?:president|prime minister|premier|chancellor|king|queen|(?:.*\s)?minister\b.*|(?:.*\s)?secretary\b.*|(?:government\s+)?undersecretary|governor|mayor|deputy prime minister)$/i;
/** Titles that name no tie to the article's company on their own. */
const OUTSIDE = /^(?:(?:senior|lead|principal|chief)\s+)?(?:analyst|economist|professor|owner|partner)$/i;

function entityName(m: Mention): string {
  return m.value.kind === 'entity' ? m.value.name : m.text;
}

/** The country a place mention stands for ("Tokyo" → Japan, "Korean" → South Korea), or null for regions. */
function countryOf(m: Mention): string | null {
  const name = entityName(m);
  const e = defaultGazetteer.lookup(name);
  if (!e) return name;
  if (e.category === 'region') return null;
  if (e.category === 'city' || e.category === 'district' || e.category === 'province') return e.country ?? null;
  return e.name ?? name;
}

/**
 * A title right after a name ("OpenAI CEO X", "Telmio TLMO CEO X", "Peru's president X") or after
 * "former" belongs to ./rules.ts, which names the organisation itself.
 */
function afterName(text: string, start: number, mentions: Mention[]): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:former|ex-)\s*$/i.test(before)) return true;
  const ends: number[] = [];
  const plain = /(?:['’]s?)?\s{1,2}$/.exec(before);
  if (plain) ends.push(start - plain[0].length);
  const ticker = /(?:['’]s?)?\s{1,2}(?!(?:and|or|with|said|says|told|to|for|in|at|of|by|the|as|on|from|that|while)\b)[\w.-]{1,12}\s{1,2}$/.exec(before);
  if (ticker) ends.push(start - ticker[0].length);
  return mentions.some((x) => ends.includes(x.end) && x.kind !== 'person' && x.kind !== 'time');
}

function normalTitle(rule: string, text: string): string {
  if (/founded-by|founded-org|founded-with|founders-names/.test(rule)) return /^co-?/i.test(text) ? 'co-founder' : 'founder';
  if (/headed-by|who-heads|heads-unit/.test(rule)) return 'head';
  return text;
}

export const roleRule: CodeRule = {
  id: 'person.role.context',
  run({ doc, mentions }) {
    // The same engine as the pattern rules: only sentences that name a person and hold a rule's words are matched.
    const drafts = runSpecs(doc, mentions);
    if (drafts.length === 0) return [];
    const groups = bySentence(doc, mentions);
    const t = topics(doc, mentions);
    const people = new Set(mentions.filter((m) => m.kind === 'person').map(entityName));
    const places = mentions.filter((m) => m.kind === 'place');
    let topicCountry: string | null | undefined;
    const countryOfArticle = () => {
      if (topicCountry !== undefined) return topicCountry;
      const counts = new Map<string, number>();
      for (const m of places) {
        const c = countryOf(m);
        if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      topicCountry = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      return topicCountry;
    };
    const out: Draft[] = [];
    for (const d of drafts) {
      if (!d.subject || !people.has(d.subject) || d.value.kind !== 'text') continue;
      // Only the sentence's own mentions: scanning the whole document per fact would be quadratic.
      const own = d.sentence ? groups[d.sentence.index]! : mentions;
      if (d.rule === 'person.role.title-name' && afterName(doc.text, d.start, own)) continue;
      const title = normalTitle(d.rule, d.value.text);
      let object = d.object;
      if (!object) {
        const s = d.sentence ?? sentenceAt(doc, d.start) ?? null;
        const inSentence = (m: Mention) => s !== null && m.start >= s.start && m.end <= s.end;
        if (d.rule === 'person.role.name-the-body-title') {
          // The last organisation named before whose name holds that word ("Malaysia's Ministry of Digital"),
          // within a few sentences (each sentence's own mentions: a scan of the document per fact is quadratic).
          const body = /the\s+(\w+)['’]s/i.exec(doc.text.slice(d.start, d.end))?.[1]?.toLowerCase() ?? '';
          object = null;
          for (let k = s?.index ?? -1; k >= 0 && k >= (s?.index ?? 0) - BODY_REACH && object === null; k--) {
            const named = groups[k]!.filter((m) => m.kind === 'org' && m.end <= d.start && entityName(m).toLowerCase().includes(body)).at(-1);
            if (named) object = entityName(named);
          }
        } else if (GOVERNMENT.test(title)) {
          // The country named nearest before the title in its sentence, else after it, else the article's.
          const here = (s ? groups[s.index]! : places).filter((m) => m.kind === 'place' && inSentence(m));
          const before = here.filter((m) => m.end <= d.end).reverse();
          const after = here.filter((m) => m.start >= d.end);
          object = [...before, ...after].map(countryOf).find((c) => c) ?? countryOfArticle();
        } else if (OUTSIDE.test(title)) {
          continue;
        } else if (/founded|headed-by/.test(d.rule)) {
          // "Corvane, founded … by": the organisation before the verb in the sentence, else the article's.
          const before = (s ? groups[s.index]! : []).filter((m) => m.kind === 'org' && inSentence(m) && m.end <= d.start).at(-1);
          object = before ? entityName(before) : t.org;
        } else {
          const orgs = (s ? groups[s.index]! : []).filter((m) => m.kind === 'org' && inSentence(m));
          const inside = orgs.filter((m) => m.start >= d.start && m.end <= d.end).map(entityName);
          if (d.rule === 'person.role.joined-the-company-as') {
            // "Velora said that X, Kraftzelle's head of procurement, had joined the Swedish company": the
            // company named before the person; never the one in the apposition, where the person was.
            const before = orgs.filter((m) => m.end <= d.start).at(-1);
            object = before ? entityName(before) : t.org && !inside.includes(t.org) ? t.org : null;
          } else if (d.rule === 'person.role.its-title-comma-name') {
            // The first company of the sentence before, unless this sentence names it (then it is another's).
            const prev = s ? doc.sentences[s.index - 1] : undefined;
            const here = new Set(orgs.map(entityName));
            const before = prev ? groups[prev.index]!.filter((m) => m.kind === 'org' && !here.has(entityName(m))) : [];
            object = before[0] ? entityName(before[0]) : t.org && !here.has(t.org) ? t.org : null;
          } else if (d.rule === 'person.role.served-as-its') {
            // "who co-founded Kvarn … and has served as its CTO": "its" is the company just named.
            object = inside.at(-1) ?? t.org;
          } else {
            object = t.org;
          }
        }
      }
      if (!object) continue;
      out.push({ ...d, object, value: { kind: 'text', text: title } });
    }
    return out;
  },
};
