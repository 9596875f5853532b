// People and their roles: appositions both ways ("Jason Kwon, OpenAI's chief strategy officer",
// "Chung Shina, CEO of Kakao"), titles before names ("OpenAI CEO Sam Altman", "Peru's vice president
// X"), planned and continuing roles ("will lead … as Telmio CEO", "will remain the CEO of Y"), former
// roles ("X, who was president of Y"). Every rule here names the organisation; the roles whose
// organisation or country comes from the article (a bare "CEO Mara Lindqvist", "President X", "founded
// by A and B", "led by X") are in ./rule.ts, which reads the context.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

/** A word of a title's "of …" part: a plain word, never a joining word or a recognized name. */
const W = "(?!(?:at|in|for|with|and|or|said|says|who|which|since|from|on|to|the|its|his|her|their|as|after|before|until|when|while|is|was|will|has|had|once|if|by|upon|effective|starting|beginning|next|this|last|later)\\b)[\\w-]+";
/** "head of animation", "minister of mines and energy", "vice president of product": the field of a title. */
const OF = `(?:\\s+of\\s+(?:the\\s+)?${W}(?:\\s+${W}|){0,3}(?:\\s+(?:and|&)\\s+${W})?)`;
const CHIEF = "chief\\s+(?:[\\w-]+\\s+){0,3}?officer(?:\\s*\\([A-Z]{2,5}\\))?|chief\\s+(?:executive(?:\\s+officer)?|analyst|economist|scientist|strategist|architect|investment\\s+officer)";
const ACRONYM = '(?:co-?)?(?:CEO|CFO|CTO|COO|CSO|CMO|CIO|CPO|CRO|CISO|CDO|CHRO|CCO|CAIO)(?![\\w-])|[SE]?VP(?![\\w-])';
const CORP =
  `${CHIEF}|${ACRONYM}|president${OF}?|chairman|chairwoman|chairperson|chair|co-?founder|cofounder|founder|managing\\s+director${OF}?|general\\s+manager${OF}?|country\\s+manager|director(?:-general)?${OF}?|head${OF}?|partner|(?:(?!(?:the|a|an|and|or|of|at|with|for|to|in|on|by|is|was|as)\\b)[a-z][a-z-]*\\s+)?analyst|spokes(?:person|man|woman)|general\\s+counsel|treasurer|editor-in-chief|professor|owner|chief`;
const GOV = `prime\\s+minister|premier|chancellor|minister${OF}?|(?:deputy\\s+|under-?)?secretary(?:-general)?${OF}?|undersecretary|governor|mayor|senator|ambassador|commissioner`;
/** Words that may stand before a title ("vice president", "executive partner", "senior analyst"). */
const MODWORDS = 'acting|interim|deputy|vice|senior|executive|global|regional|co|founding|government|group|lead|general|managing|corporate|associate|assistant|principal|country|chief|outgoing|incoming|new';
const MOD = `(?:(?:${MODWORDS})[\\s-]+|){0,3}`;
const CORE = `(?:${CHIEF}|${ACRONYM}|${GOV}|(?:${CORP}))`;
/** One title or two joined ("chairman and managing director", "co-founder and CEO", "president and CEO"). */
export const TITLE_BODY = `${MOD}${CORE}(?:\\s*(?:and|&|,)\\s*${MOD}${CORE}|){0,2}`;
export const TITLE = `(?<![\\w-])(?<title>${TITLE_BODY})`;
/** Titles of heads of state, government and ministers: their "organisation" is a country. */
/** A word that may name a ministry's field ("Fisheries and Ocean Affairs Minister"), never a verb or joining word. */
const FIELD = "(?!(?:said|says|told|and|or|the|a|an|of|with|by|to|for|in|on|at|as|that|who|which|when|while|after|before|met|meeting|former|its|his|her)\\b)[\\w-]+";
export const GOV_BODY = `(?:(?:vice|deputy|acting|interim|former)[\\s-]+)?(?:president|prime\\s+minister|premier|chancellor|king|queen|(?:${FIELD}\\s+(?:and\\s+)?){0,4}?minister${OF}?|(?:${FIELD}\\s+){0,2}?secretary${OF}?|(?:government\\s+)?undersecretary|governor|mayor)`;
export const GOV_TITLE = `(?<title>${GOV_BODY})`;
/** A word that is no ticker or descriptor between an organisation and its title. */
const NOT_MOD = `(?!(?:${MODWORDS}|former|ex|and|or|with|said|says|told|to|for|in|at|of|by|the|its|his|her|their|as|on|from|that|while)\\b)`;
export const KW = ['officer', 'ceo', 'cfo', 'cto', 'coo', 'cso', 'cmo', 'cio', 'president', 'chair', 'founder', 'director', 'head', 'partner', 'minister', 'secretary', 'governor', 'mayor', 'analyst', 'spokes', 'vp', 'chief', 'manager', 'professor', 'owner', 'executive', 'counsel', 'treasurer', 'senator', 'ambassador', 'commissioner', 'chancellor', 'premier', 'editor'];
const role = { type: 'person.role', value: { text: 'title' }, keywords: KW } as const;
const POSS = "(?:['’]s?)?";
/** "the combined business", "the company": a few plain words. */
const FEW = '(?:[\\w-]+\\s+){0,4}?';

/** A role held at a named organisation: "was Nordic managing director at German software group Datastrand". */
const HELD_AT = `(?:was|is|had\\s+been|has\\s+been|served\\s+as|worked\\s+as)\\s+(?:the\\s+|an?\\s+)?(?:(?:{demonym}|[A-Z][a-z]+)\\s+)?${TITLE}\\s+(?:of|at)\\s+(?:(?:[\\w-]+|{demonym})\\s+){0,3}?{org:object}(?=\\s*[,.;)]|\\s+(?:and|for|since|until|from|before|after|in|when|where|which|who)\\b)`;
/** Openers that put a role in the past. */
const BEFORE_THAT = 'Before\\s+that|before\\s+that|Previously|previously|Earlier|Formerly|formerly|Prior\\s+to\\s+that';

export const rules: RuleSpecInput[] = [
  // "Jason Kwon, OpenAI's chief strategy officer (CSO)", "Rina Sato, Telmio’s head of animation"
  { ...role, id: 'person.role.name-org-title', pattern: `{person:subject},\\s+(?:the\\s+|an?\\s+)?{org:object}${POSS}\\s+(?:${NOT_MOD}[\\w-]+\\s+)?${TITLE}`, confidence: 0.9 },
  // "Chung Shina, CEO of Kakao", "Arjun Mehta, chairman and managing director at Halden Capital Funds", "X, a partner at Y"
  { ...role, id: 'person.role.name-title-of-org', pattern: `{person:subject},\\s+(?:(?:the|a|an|also|now|currently)\\s+|who\\s+is\\s+(?:also\\s+|now\\s+)?(?:the\\s+|an?\\s+)?)?${TITLE}\\s+(?:of|at|for|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?{org:object}`, confidence: 0.9 },
  // "OpenAI CEO Sam Altman", "Corvane Chief Executive Park Ji-hoon", "Kakao founder Kim Beom-su", "Telmio TLMO CEO Lars Berg"
  { ...role, id: 'person.role.org-title-name', pattern: `{name:object}${POSS}\\s+(?:${NOT_MOD}[\\w.-]+\\s+)?${TITLE}\\s+{person:subject}`, confidence: 0.9 },
  // "BiliNow's chief executive, Marco Reyes, said", "Harmattan Capital's managing partner, Segun Bello"
  { ...role, id: 'person.role.org-title-comma-name', pattern: `{name:object}['’]s?\\s+(?:${NOT_MOD}[\\w.-]+\\s+)?${TITLE},\\s+{person:subject}(?=\\s*[,.;)]|\\s+(?:said|says|told|added|who|is|was|will)\\b)`, confidence: 0.85 },
  // "Peru's vice president Ana Ruiz", "Japanese Prime Minister X", "South Korean President X"
  { ...role, id: 'person.role.country-title-name', pattern: `{anyplace:object}${POSS}\\s+${GOV_TITLE}\\s+{person:subject}`, confidence: 0.85 },
  // "Lee Jae-myung, South Korea's president", "X, the Japanese prime minister"
  { ...role, id: 'person.role.name-country-title', pattern: `{person:subject},\\s+(?:the\\s+)?{anyplace:object}${POSS}\\s+${GOV_TITLE}(?=\\s*[,.;)]|\\s+(?:said|says|told|who|and|has|had|is|was|will))`, confidence: 0.85 },
  // "senior analyst Jane Roe of Foo Research", "managing partner Ana Lima at Brasa Capital"
  { ...role, id: 'person.role.title-name-of-org', pattern: `(?<![\\w-]\\s)${TITLE}\\s+{person:subject},?\\s+(?:of|at|from)\\s+(?:the\\s+)?{org:object}`, confidence: 0.8 },
  // "X will lead the combined business as Telmio Group CEO", "Y serving as Telmio Group President", "will join Acme as chief AI officer"
  { ...role, id: 'person.role.as-org-title', pattern: `{person:subject}\\s+(?:(?:will|would|is\\s+(?:set|expected|due)\\s+to|is\\s+to|to)\\s+(?:also\\s+)?)?(?:lead|leads|head|heads|run|runs|become|becomes|serve|serves|serving|continue|continues|remain|remains|take\\s+over|step\\s+in)\\b\\s*${FEW}as\\s+(?:the\\s+|its\\s+|their\\s+)?(?:new\\s+)?{org:object}${POSS}\\s+${TITLE}`, confidence: 0.8 },
  // "X will continue as CEO of Vireo Pay", "Y will remain the CEO of Kestrel Freight", "Z will become chief executive of Acme", "was named CFO of Y"
  { ...role, id: 'person.role.become-title-of-org', pattern: `{person:subject}\\s+(?:(?:will|would|is\\s+(?:set|expected|due)\\s+to|is\\s+to)\\s+(?:also\\s+)?)?(?:continue|continues|remain|remains|stay|stays|become|becomes|became|serve|serves|serving|be\\s+named|be\\s+appointed|was\\s+(?:named|appointed|promoted\\s+to)|has\\s+been\\s+(?:named|appointed|promoted\\s+to)|is\\s+now|takes\\s+over|took\\s+over)\\s+(?:as\\s+)?(?:the\\s+|its\\s+)?(?:new\\s+)?${TITLE}\\s+(?:of|at)\\s+(?:the\\s+)?{org:object}`, confidence: 0.8 },
  // "Rafael Ortiz will join Stonewell as chief AI officer", "she joined Acme as its CFO in 2021"
  { ...role, id: 'person.role.join-org-as', pattern: `{person:subject}(?:,[^,;]{0,80},|,)?\\s+(?:(?:will|would|is\\s+(?:set|expected|due)\\s+to|is\\s+to|has|had|have)\\s+)?(?:join|joins|joined|rejoin|rejoins|rejoined)\\s+{org:object}(?:['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:team|board|unit|division|group|staff|ranks))?\\s+as\\s+(?:its\\s+|the\\s+|a\\s+|an\\s+)?(?:new\\s+)?${TITLE}`, confidence: 0.8 },
  // "Omar Haddad … is now Quillstack's head of code review", "Jane Roe became Acme's first CFO"
  { ...role, id: 'person.role.is-org-title', pattern: `{person:subject}(?:,[^,;]{0,60},|,)?\\s+(?:is\\s+now|is|was|became|becomes|will\\s+become|has\\s+become|remains|will\\s+remain|has\\s+been|had\\s+been|(?:has|had)\\s+served\\s+as)\\s+{org:object}${POSS}\\s+(?:new\\s+|first\\s+|current\\s+)?${TITLE}`, confidence: 0.8 },
  // "Acme named Jane Roe as its new CFO", "Acme has appointed X chief executive"
  { ...role, id: 'person.role.org-appointed', pattern: `{org:object}\\s+(?:has\\s+|have\\s+)?(?:also\\s+)?(?:named|appointed|hired|tapped|promoted|picked|chose)\\s+{person:subject}(?:,[^,;]{0,100},)?\\s+(?:as\\s+)?(?:its\\s+|the\\s+|their\\s+)?(?:new\\s+|first\\s+|next\\s+)?${TITLE}`, confidence: 0.8 },
  // "He is head of AI at Y", "she had been chief of staff at the ministry's agency Z"
  { ...role, id: 'person.role.was-title-at-org', pattern: `(?<!\\b(?:${BEFORE_THAT}),?\\s+){person:subject}\\s+${HELD_AT}`, confidence: 0.75 },
  // "Before that she was Nordic managing director at German software group Datastrand": a former role
  { ...role, id: 'person.role.before-that-title-at-org', pattern: `\\b(?:${BEFORE_THAT}),?\\s+{person:subject}\\s+${HELD_AT}`, qualifiers: { former: true }, confidence: 0.75 },
  // "She spent six years at Voxlane, a San Francisco rival, most recently as its chief revenue officer"
  { ...role, id: 'person.role.spent-years-at', keywords: ['spent', 'worked', 'years at', 'decade at'], pattern: `{person:subject}\\s+(?:spent|worked|had\\s+spent|had\\s+worked)\\s+(?:(?:[\\w-]+|{count})\\s+){0,3}?(?:years?|months?|decades?)\\s+at\\s+{org:object}(?:,[^,;]{0,60},)?,?\\s+(?:most\\s+(?:recently|{date})\\s+|latterly\\s+|finally\\s+|eventually\\s+|rising\\s+to\\s+(?:be\\s+)?)?(?:as\\s+)?(?:its\\s+|the\\s+)?${TITLE}`, qualifiers: { former: true }, confidence: 0.75 },
  // "Carvalhal, who ran Tagus as chief executive": a role held before
  { ...role, id: 'person.role.who-ran-as', keywords: ['ran', 'led', 'headed'], pattern: `{person:subject},?\\s+who\\s+(?:ran|led|headed|had\\s+run|had\\s+led|had\\s+headed)\\s+{org:object}\\s+as\\s+(?:its\\s+)?${TITLE}`, qualifiers: { former: true }, confidence: 0.75 },
  // "Lucía Barrientos, a partner at X, will join Zafra's board", "who will join Owoleaf's board"
  { ...role, id: 'person.role.joins-board', keywords: ['board'], pattern: `{person:subject}(?:,[^,;]{0,80},|,)?\\s+(?:who\\s+)?(?:will\\s+(?:also\\s+)?join|joins|joined|has\\s+joined|is\\s+joining|is\\s+to\\s+join|will\\s+take\\s+a\\s+seat\\s+on)\\s+{org:object}['’]s?\\s+board\\b`, value: { fixed: { kind: 'text', text: 'board member' } }, confidence: 0.75 },
  // Former roles: "X, who was president of Corvane Cloud in Korea", "X, a former partner at Y", "X previously served as CFO of Y"
  { ...role, id: 'person.role.former-of-org', pattern: `{person:subject}(?:,\\s+(?:a|an)\\s+(?:{demonym}|[\\w-]+)(?=\\s+who\\b))?,?\\s+(?:who\\s+(?:was|had\\s+been|previously\\s+served\\s+as|formerly\\s+served\\s+as|once\\s+served\\s+as)|(?:a|the)\\s+former|formerly|previously|had\\s+been|previously\\s+served\\s+as)\\s+(?:the\\s+|a\\s+|an\\s+)?${TITLE}\\s+(?:of|at|for|with)\\s+(?:the\\s+)?{org:object}`, qualifiers: { former: true }, confidence: 0.8 },
  // "former Acme CEO Jane Roe", "ex-Acme chief executive X"
  { ...role, id: 'person.role.former-org-title-name', pattern: `\\b(?:former|ex-)\\s*{org:object}${POSS}\\s+${TITLE}\\s+{person:subject}`, qualifiers: { former: true }, confidence: 0.85 },
  // "X, former CEO of Y", "X, the former president of Y"
  { ...role, id: 'person.role.name-former-of-org', pattern: `{person:subject},\\s+(?:the\\s+|a\\s+)?(?:former|ex-)\\s*${TITLE}\\s+(?:of|at)\\s+(?:the\\s+)?{org:object}`, qualifiers: { former: true }, confidence: 0.85 },
  // "X, who heads Acme's Japan unit" → head; "X, who runs Y"
  // "Berg co-founded Lumen Forge in 2019" and "founded by" are in ./rule.ts: the title ("co-founder") is not in the words.
];
