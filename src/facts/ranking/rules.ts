// Rankings: a subject's rank among a set ("Korea ranks in the global top 10", "Hanse, Germany's
// third-largest insurer", "No. 2 player Vexa", "Chile remained Corvane's largest market", "crept into
// third place", "second only to Microsoft"). The subject is the place, company or product ranked,
// taken from the words next to the rank where the sentence says it; the set goes to
// qualifiers.category. Ranks by paid subscribers are users.paid, not rankings.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const KW = ['rank', 'top', 'largest', 'biggest', 'most', 'leading', 'place', 'No.', 'number', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'leader', 'only to', 'best', 'highest', 'grossing', 'popular', 'valuable'];
/** What a rank is among: "carrier", "logistics firms", "memory chipmaker", "user base". */
const NOUN = "(?:countries|country|markets|market|companies|company|firms|firm|players|player|carriers|carrier|operators|operator|providers|provider|apps|app|applications|application|services|service|brands|brand|makers|maker|manufacturers|manufacturer|economies|economy|banks|bank|lenders|lender|insurers|insurer|startups|startup|platforms|platform|browsers|browser|studios|studio|publishers|publisher|retailers|retailer|exporters|exporter|importers|importer|producers|producer|chipmakers|chipmaker|carmakers|carmaker|automakers|automaker|developers|developer|vendors|vendor|suppliers|supplier|base|bases|nations|nation|airlines|airline|exchanges|exchange|conglomerates|conglomerate|groups|group|telcos|telco|networks|network|sellers|seller|games|game|titles|title|franchises|franchise|chains|chain|destinations|destination|cities|city|regions|region|economies|sources|source|contributors|contributor|hubs|hub|universities|university|employers|employer|sites|site|websites|website|consumers|consumer|spenders|spender|segments|segment|makers|smartphones|smartphone|phones|phone|vehicles|vehicle|cars|car|stocks|stock|funds|fund|asset\\s+managers|asset\\s+manager|law\\s+firms|law\\s+firm)";
/** A set: up to four words before the noun ("mobile payments app operator", "AI compliance software vendors"). */
const SET = `(?<category>(?:[\\w’'-]+\\s+){0,4}?${NOUN})\\b`;
/** A noun that would make the rank someone's backer or customer (funding, partnership), not a ranking. */
const NOT_RELATION = '(?!\\s+(?:[\\w-]+\\s+)?(?:backer|backers|investor|investors|shareholder|shareholders|customer|customers|client|clients|partner|partners)\\b)';
/** What may follow a bare rank: a set, a comparison or the end of the clause. */
const AFTER_RANK = `(?:\\s+(?:(?:among|of|in)\\s+(?:the\\s+)?(?:[\\w-]+['’]s\\s+)?)?${SET}|(?=\\s+(?:among|globally|worldwide|overall|behind|ahead|after|out\\s+of|by|in\\s+the\\s+world)\\b|\\s*[,.;]))`;
const SUBJ = '(?<subject>{name}|{place})';
const OWNER = "(?:(?:the|its|their|his|her)\\s+|(?:{anyplace}|{name})['’]s?\\s+|the\\s+(?:(?:[\\w-]+|{anyplace}-[\\w-]+)\\s+)?[\\w-]+['’]s\\s+|the\\s+world['’]s\\s+)";
/** The company or product the article is about, by a description: "the company", "the manga app" (refine/subject names it). */
const THE_ONE = "\\b(?:the|this)\\s+(?:[\\w-]+\\s+)?(?:company|firm|group|startup|app|application|service|platform|game|carrier|operator|bank|lender|insurer)";
const rank = { type: 'ranking', keywords: KW } as const;

export const rules: RuleSpecInput[] = [
  // "Elisa and Telia are the leaders", "Orvel is the market leader": first, each of them
  { ...rank, id: 'ranking.leaders', keywords: ['leader'], pattern: `(?<subject>{names})(?:,[^,;]{0,80},)?\\s+(?:is|are|was|were|remains?|remained|became|become|has\\s+been|have\\s+been)\\s+(?:now\\s+|still\\s+|clearly\\s+|firmly\\s+)?(?:the|its|their)\\s+(?:(?:clear|undisputed|market|overall|global|regional|industry|segment|sales)\\s+){0,2}leaders?\\b(?!\\s+(?:in|of)\\s+(?:the\\s+)?(?:race|charge|effort|push|campaign|team|group|pack|movement|coalition|delegation)\\b)`, value: { fixed: { kind: 'rank', rank: 1 } }, confidence: 0.7 },
  // "Electric scooters took the lead with a 61 per cent share", "Orvel held the lead in smartphone sales"
  { ...rank, id: 'ranking.took-the-lead', keywords: ['the lead'], pattern: `(?:(?<subject>{name}|{place})\\s+)?(?:took|takes|has\\s+taken|holds|held|kept|keeps|retained|retains|maintained|maintains|extended|extends)\\s+the\\s+lead\\b(?=\\s+with\\s+(?:an?\\s+)?(?:{percent}|{count}|{money})|\\s+(?:in|among)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:market|segment|sales|rankings?|category|shipments)\\b)`, value: { fixed: { kind: 'rank', rank: 1 } }, confidence: 0.7 },
  // "Korea ranks in the global top 10", "Hanul ranks third among global HBM suppliers", "Fala ranks among the top 5 education apps"
  { ...rank, id: 'ranking.ranks', pattern: `(?:${SUBJ}(?:\\s*\\([^)]{0,30}\\))?(?:,[^,;]{0,80},)?(?:,?\\s+which)?|\\b(?:it|which|that|they))\\s+(?:now\\s+|still\\s+|also\\s+|currently\\s+|consistently\\s+|already\\s+)?\\b(?:ranks?|ranked|ranking|is\\s+ranked|was\\s+ranked|placed|places|finished|finishes)\\s+(?:among\\s+|in\\s+|as\\s+|at\\s+|within\\s+)?(?:the\\s+)?(?:global\\s+|world['’]s\\s+|overall\\s+)?{rank:value}(?:\\s+(?:(?:among|in|of)\\s+(?:the\\s+)?(?:[\\w-]+['’]s\\s+)?)?${SET})?`, qualifiersFrom: { category: 'category' }, confidence: 0.8 },
  // "Hanul ranks third among global HBM suppliers" where the recognized rank holds the verb ("ranks third")
  { ...rank, id: 'ranking.name-ranked', pattern: `${SUBJ}(?:\\s*\\([^)]{0,30}\\))?(?:,[^,;]{0,80},)?(?:,?\\s+which)?\\s+(?:is\\s+|was\\s+|has\\s+been\\s+|had\\s+been\\s+)?(?:now\\s+|still\\s+|also\\s+|currently\\s+|consistently\\s+|already\\s+)?{rank:value}${AFTER_RANK}`, qualifiersFrom: { category: 'category' }, confidence: 0.75 },
  // "Quill holds about 14% of the market and ranks third behind two larger rivals": the sentence's subject
  { ...rank, id: 'ranking.and-ranks', pattern: `^\\W{0,3}(?:[^,;.]{0,80},\\s*)?${SUBJ}(?!['’])[^.;]{0,200}?\\band\\s+(?:now\\s+|also\\s+|still\\s+)?(?:(?:ranks?|ranked|placed|finished)\\s+(?:among\\s+|in\\s+|as\\s+|at\\s+)?(?:the\\s+)?(?:global\\s+|world['’]s\\s+)?)?{rank:value}${AFTER_RANK}`, qualifiersFrom: { category: 'category' }, confidence: 0.7 },
  // "Hanse Versicherung, Germany’s third-largest insurer", "Telmio, one of Chile’s top three logistics firms"
  { ...rank, id: 'ranking.name-apposition', pattern: `${SUBJ}(?:\\s+\\([^)]{0,30}\\))?,\\s+(?:(?:one|among|part)\\s+of\\s+)?(?:(?<scope>{anyplace})['’]s?\\s+|the\\s+world['’]s\\s+|the\\s+(?:country|nation|region|city|state)['’]s\\s+|the\\s+|its\\s+)(?:(?:second|third|fourth|fifth)\\s+)?{rank:value}${NOT_RELATION}\\s+${SET}`, qualifiersFrom: { category: 'category' }, confidence: 0.8 },
  // "Chile's top mobile carrier Telmio Networks", "No. 2 player Vexa", "the world's second-largest chipmaker, Hanul"
  { ...rank, id: 'ranking.set-name', pattern: `(?:(?<scope>{anyplace})['’]s?\\s+|the\\s+world['’]s\\s+)?{rank:value}${NOT_RELATION}\\s+${SET}\\s*,?\\s+${SUBJ}(?!['’]s)`, qualifiersFrom: { category: 'category' }, confidence: 0.75 },
  // "Chile remained Corvane’s largest market", "Vietnam is indeed the world’s largest", "Poland is now the second largest user base",
  // "Fala has been the top-grossing education app", "Vireo — which has been the most used"
  { ...rank, id: 'ranking.is-the-nth', pattern: `(?:${SUBJ}(?:\\s+[\\w-]+){0,2}?|${THE_ONE})(?:\\s*[,—–]\\s*which)?\\s+(?:is|was|remains|remained|became|becomes|has\\s+been|had\\s+been|will\\s+remain|stays|stayed)\\s+(?:now\\s+|still\\s+|also\\s+|indeed\\s+|already\\s+|currently\\s+|again\\s+|officially\\s+|firmly\\s+)?(?:(?:one|among)\\s+of\\s+)?${OWNER}?{rank:value}${NOT_RELATION}(?!\\s+(?:[\\w-]+\\s+){0,2}?to\\s)(?:\\s+${SET}|(?=\\s*[,.;—–]|\\s+(?:on\\s+the\\s+\\w+|in\\s+the\\s+world|by\\s+\\w+|after|behind|ahead|since|among|worldwide|globally)\\b))`, qualifiersFrom: { category: 'category' }, confidence: 0.75 },
  // "Singapore still holds the largest slice of the region's capacity", "Poland has the largest number of teen users"
  { ...rank, id: 'ranking.holds-the-nth', pattern: `${SUBJ}\\s+(?:still\\s+|now\\s+|also\\s+)?(?:holds|held|has|had|commands|commanded|enjoys|boasts|claims)\\s+the\\s+{rank:value}\\s+(?<category>(?:share|slice|portion|chunk|amount|base|fleet|network|number(?!\\s+of\\s+(?:[\\w-]+\\s+)?(?:paid|paying|premium|subscri)))\\b(?:\\s+of\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}?[\\w-]+)?)`, qualifiersFrom: { category: 'category' }, confidence: 0.7 },
  // "rose to 14%, second only to Microsoft": the subject is the one named before (refine/subject)
  { ...rank, id: 'ranking.second-only-to', keywords: ['only to'], pattern: "(?:(?<subject>{name})(?:['’]s)?(?![^.;]{0,160}?{name}[^.;]{0,160}?only\\s+to)[^.;]{0,160}?)?{rank:value}\\s+only\\s+to\\s+{entity}", confidence: 0.7 },
  // "crept into third place", "took the No. 1 spot", "Acme climbed to second position"
  { ...rank, id: 'ranking.place', keywords: ['place', 'spot', 'position'], pattern: `(?:${SUBJ}\\s+(?:[\\w-]+\\s+){0,3}?)?\\b(?:into|in|at|took|takes|taking|claimed|claims|holds?|held|to|secured|grabbed|clinched|retained|kept)\\s+(?:the\\s+)?{rank:value}\\s+(?:place|spot|position)\\b`, confidence: 0.75 },
  // "making it the third largest such base of designers in the world", "the world's third-largest chipmaker"
  // "it" is the sentence's subject, when the sentence opens with a name ("Chile counted 900,000 users of the
  // Vireo Pay app, analysts said, making it …" ranks Chile, not Vireo Pay).
  { ...rank, id: 'ranking.making-it', pattern: `(?:^\\W{0,3}(?:according\\s+to\\s+[^,;]{0,60},\\s*)?${SUBJ}(?![’']|\\s+(?:and|or|&)\\b)[^;]{0,200}?)?\\b(?:making|makes|made|make)\\s+(?:it|them|the\\s+country|the\\s+company)\\s+(?:one\\s+of\\s+)?(?:the\\s+)?(?:world['’]s\\s+)?{rank:value}${NOT_RELATION}\\s+(?:such\\s+)?${SET}`, qualifiersFrom: { category: 'category' }, confidence: 0.7 },
];
