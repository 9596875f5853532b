// Offices: how many a company has, and each opening (a city, with its rank in a region when stated).
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const OFFICE = '(?:office|offices|branch|branches|hub|base|headquarters|campus|outpost|center|centre|studio|lab|subsidiary)';
const OPEN = '(?:open|opens|opened|opening|launch|launches|launched|launching|establish|establishes|established|establishing|set up|sets up|setting up|unveil\\w*|inaugurat\\w*|debut\\w*|add\\w*|start\\w*|expand\\w* (?:to|into))';
// ", its second in Europe (after London)", ", which would be its first in Asia"
const RANK_TAIL = '(?:{gap},?\\s+(?:which\\s+(?:would|will)\\s+be\\s+|making\\s+it\\s+)?(?:its|the company’s|the company\'s)\\s+(?<rank2>{rank})\\s+(?:(?:office|branch|hub)\\s+)?(?:in|outside(?:\\s+of)?)\\s+(?:the\\s+)?(?<region3>{place}))?';
const KW = ['office', 'branch', 'hub', 'base', 'headquarters', 'campus', 'outpost', 'center', 'centre', 'studio', 'lab', 'subsidiary', 'location'];

export const rules: RuleSpecInput[] = [
  // "offices in 12 locations worldwide", "six Asia-Pacific offices", "has 40 offices around the world"
  { id: 'offices.count.n-offices', type: 'offices.count', keywords: KW, pattern: '{count:value}\\s+(?:{place:scope}\\s+)?(?:(?:[\\w-]+|{anyplace})\\s+){0,2}?(?:offices|branches|locations|hubs|sites)\\b', confidence: 0.8 },
  { id: 'offices.count.offices-in-n', type: 'offices.count', keywords: KW, pattern: '\\b(?:offices|branches|presence)\\s+in\\s+{count:value}\\s+(?:locations|cities|countries|markets)', confidence: 0.8 },
  // "launched 11 new offices": a count of new offices, kept apart from the total
  // "opened offices in Mexico City and São Paulo in January, bringing its total to four"
  { id: 'offices.count.bringing-total', type: 'offices.count', keywords: KW, pattern: `\\b(?:bringing|brings|brought|taking|takes|took|raising|lifting)\\s+(?:its|their|the(?:\\s+company['’]s)?)\\s+(?:total|tally|count|number)(?:\\s+of\\s+(?:offices|branches|hubs|locations))?\\s+to\\s+{count:value}(?!\\s+(?:[\\w-]+\\s+)?(?:countries|markets|cities|employees|staff|people|stores|shops|plants|factories)\\b)`, confidence: 0.75 },
  { id: 'offices.count.new', type: 'offices.count', keywords: KW, pattern: `\\b${OPEN}\\s+{count:value}\\s+new\\s+(?:(?:[\\w-]+|{anyplace})\\s+){0,2}?(?:offices|branches|hubs|locations)`, qualifiers: { new: true }, confidence: 0.85 },
  // "opened its Seoul office", "will open a new Tokyo hub"
  { id: 'office.opening.city-office', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b${OPEN}\\s+(?:a\\s+|an\\s+|its\\s+|the\\s+|their\\s+)?(?:own\\s+)?(?:new\\s+|first\\s+|(?<rank>{rank})\\s+)?{city:object}\\s+${OFFICE}(?!,?\\s+(?:in|at)\\s+\uE000place)`, qualifiersFrom: { rank: 'rank' }, confidence: 0.85 },
  // "open its third Asian office … in Seoul", "establish its first office in Seoul", "its first office outside
  // Japan, in Bangkok", "opened an office in Amsterdam on Monday, its second in Europe"
  { id: 'office.opening.office-in', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b${OPEN}\\s+(?:a\\s+|an\\s+|its\\s+|the\\s+|their\\s+)?(?:new\\s+)?(?:(?<rank>{rank})\\s+)?(?:(?<region>{place}|{demonym})\\s+)?(?:[\\w-]+\\s+){0,2}?${OFFICE}\\b(?:\\s+(?:in\\s+(?=${'\uE000'}region)|outside(?:\\s+of)?\\s+)(?<region2>{place}))?{__}\\s+(?:in|at)\\s+{city:object}${RANK_TAIL}`, qualifiersFrom: { rank: 'rank|rank2', region: 'region|region2|region3' }, confidence: 0.8 },
  // "plans to open another in Bangalore", "will add one in Cairo" (an office named earlier in the sentence)
  // "runs four offices … and plans to open a fifth, in Helsinki, later this year"
  { id: 'office.opening.a-nth-in', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b${OPEN}\\s+(?:a|an|its)\\s+(?<rank>{rank}),?\\s+(?:one\\s+)?(?:in|at)\\s+{city:object}`, qualifiersFrom: { rank: 'rank' }, confidence: 0.7 },
  { id: 'office.opening.another-in', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b${OPEN}\\s+(?:another|one|a second|a third|a new one|more)\\s+(?:one\\s+)?(?:in|at)\\s+{city:object}${RANK_TAIL}`, qualifiersFrom: { rank: 'rank2', region: 'region3' }, confidence: 0.7 },
  // "chose Seoul as its third base", "picked Lisbon as its new European hub"
  { id: 'office.opening.as-its', type: 'office.opening', value: 'object', keywords: KW, pattern: `{city:object}\\s+as\\s+(?:its|the company's|their|the firm's)\\s+(?:new\\s+)?(?:(?<rank>{rank})\\s+)?(?:(?<region>{region}|{demonym})\\s+)?(?:[\\w-]+\\s+)?${OFFICE}`, qualifiersFrom: { rank: 'rank', region: 'region' }, confidence: 0.8 },
  // "the Seoul office will be its third Asian branch", "The office in Manila becomes Acme's fifth in Southeast Asia"
  { id: 'office.opening.will-be', type: 'office.opening', value: 'object', keywords: KW, pattern: `{city:object}\\s+(?:${OFFICE}\\s+)?(?:will be|is|becomes|became|would be|marks)\\s+(?:{org:subject}(?:'s|’s)\\s+|\\w+(?:'s|’s)\\s+|its\\s+|the\\s+)(?:(?<rank>{rank})\\s+)(?:(?<region>{region}|{demonym})\\s+)?(?:(?:[\\w-]+\\s+)?${OFFICE})?(?:\\s*\\b(?:in|outside(?: of)?)\\s+(?<region2>{region}|{city}))?`, qualifiersFrom: { rank: 'rank', region: 'region|region2' }, confidence: 0.8 },
  { id: 'office.opening.office-in-becomes', type: 'office.opening', value: 'object', keywords: KW, pattern: `${OFFICE}\\s+in\\s+{city:object}\\s+(?:will be|is|becomes|became|would be|marks)\\s+(?:{org:subject}(?:'s|’s)\\s+|\\w+(?:'s|’s)\\s+|its\\s+|the\\s+)(?:(?<rank>{rank})\\s+)(?:(?<region>{region}|{demonym})\\s+)?(?:(?:[\\w-]+\\s+)?${OFFICE})?(?:\\s*\\b(?:in|outside(?: of)?)\\s+(?<region2>{region}|{city}))?`, qualifiersFrom: { rank: 'rank', region: 'region|region2' }, confidence: 0.8 },
  // "will pay for an office in Rotterdam, which Tejora plans to open next year"
  { id: 'office.opening.office-which-open', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b(?:an?|its|their|a\\s+new)\\s+(?:new\\s+)?${OFFICE}\\s+in\\s+{city:object},?\\s+which\\s+(?:{org}|it|they|the\\s+(?:company|firm|group|startup))\\s+(?:also\\s+)?(?:plans|planned|intends|intended|expects|expected|hopes|aims|is\\s+set|will|would|is\\s+due)\\s+(?:to\\s+)?open`, status: 'planned', confidence: 0.75 },
  // "A Sydney office is scheduled to open in September", "Its Lagos hub will open next year"
  { id: 'office.opening.office-to-open', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b(?:an?|its|the|their|a\\s+new)\\s+(?:new\\s+)?{city:object}\\s+${OFFICE}\\s+(?:is|was|will\\s+be)?\\s*(?:(?:scheduled|set|due|slated|expected|planned|poised)\\s+to\\s+open|planned\\s+for)`, status: 'planned', confidence: 0.75 },
  // "An office in Accra, which will be Owoleaf's first outside its home country, is due to open in March"
  { id: 'office.opening.office-in-to-open', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b(?:an?|its|the|their|a\\s+new)\\s+(?:new\\s+)?${OFFICE}\\s+in\\s+{city:object}(?:,\\s+which\\s+(?:will|would)\\s+be\\s+(?:{org}['’]s|its|their|the\\s+(?:company|firm)['’]s)\\s+(?<rank>{rank})[^,;]{0,60},|,[^,;]{0,100},)?\\s+(?:is|was|will\\s+be)\\s+(?:scheduled|set|due|slated|expected|planned|poised)\\s+to\\s+open`, qualifiersFrom: { rank: 'rank' }, status: 'planned', confidence: 0.75 },
  { id: 'office.opening.office-will-open', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b(?:an?|its|the|their|a\\s+new)\\s+(?:new\\s+)?{city:object}\\s+${OFFICE}\\s+(?:will|would|is\\s+to)\\s+open`, status: 'planned', confidence: 0.75 },
  // "aims to add São Paulo, which would be its first base in Latin America, early next year"
  { id: 'office.opening.add-city', type: 'office.opening', value: 'object', keywords: ['add'], pattern: `\\b(?:add|adds|added|adding)\\s+{city:object},?\\s+which\\s+(?:would|will)\\s+be\\s+(?:its|their|the\\s+company['’]s|the\\s+firm['’]s)\\s+(?<rank>{rank})\\s+(?:${OFFICE}|base|location)\\s+(?:in|outside(?:\\s+of)?)\\s+(?:the\\s+)?(?<region>{place})`, qualifiersFrom: { rank: 'rank', region: 'region' }, status: 'planned', confidence: 0.7 },
  // With no verb, the rank says it opens: "spend part of the money on its first office outside Japan, in Bangkok"
  { id: 'office.opening.its-nth-in', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b(?:its|their|the company['’]s|the firm['’]s)\\s+(?<rank>{rank})\\s+(?:[\\w-]+\\s+)?(?:office|branch|hub|outpost)\\s+(?:(?:in|outside(?:\\s+of)?)\\s+(?:the\\s+)?(?<region>{place})\\s*)?,\\s+in\\s+{city:object}`, qualifiersFrom: { rank: 'rank', region: 'region' }, confidence: 0.7 },
  // "launched 11 new offices in major cities, including Paris, Brussels and Tokyo": one opening per city
  { id: 'office.opening.list', type: 'office.opening', value: 'object', keywords: KW, pattern: `\\b${OPEN}\\s+(?:{count}\\s+)?(?:new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:offices|branches|hubs|locations)\\b{gap}\\b(?:including|such as|in|like)\\s+{cities:object}`, confidence: 0.75 },
];
