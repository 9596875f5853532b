// Revenue: what a company earns, with the period ("annually", a quarter) when the sentence says it.
// Every figure of a comparison is a fact of its own: "revenue of $612 million, up 38% from $443 million
// a year earlier and ahead of the $590 million analysts had expected" gives three, each with its time.
// Not revenue: profit, income, funding, a market's size.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const O = '\\uE000';
const C = '\\uE001';
const NOUN = '(?:revenues?|sales|turnover|top line|top-line|takings|annual recurring revenue|ARR|run-rate|bookings)';
/** What a revenue figure can be said to do. */
const VERB = '(?:of|at|to|reached|reaching|hit|hitting|totaled|totalled|totaling|totalling|was|were|is|came in at|came to|stood at|stands at|standing at|rose to|grew to|jumped to|climbed to|increased to|surged to|soared to|fell to|declined to|dropped to|slipped to|slid to|amounting to|amounted to|worth|between|of between|topped|topping|passed|passing|surpassed|surpassing|exceeded|exceeding|crossed|crossing|of nearly|of about|of around|of over|of more than|of roughly|of some|of up to|to about|to around|to nearly|to a record|to more than|to over)';
const KW = ['revenue', 'sales', 'turnover', 'generat', 'earn', 'top line', 'top-line', 'arr', 'run-rate', 'bookings'];
/** Names and dates may pass, numbers may not; no semicolon. */
const GAP = `(?:[^${O};]|${O}(?:org|person|place|region|demonym|product|time):\\d+${C}){0,80}?`;
/** The company whose revenue it is, when the sentence opens with it: "Stonewell, which ranks … by revenue according to X, reported revenue of …". */
const TELLER = `(?:(?<subject>{org})(?:,\\s+(?:a|an|the|which|who|whose|its)\\b[^;]{0,160}?,)?\\s+(?:has\\s+|had\\s+|have\\s+)?(?:also\\s+|now\\s+|just\\s+)?(?:reported|posted|recorded|booked|logged|announced|said|expects|expected|forecast|forecasts|projected|projects|generated|made|had|saw|delivered|clocked)\\s+(?:(?:its|a|an|the|record|total|net|gross|quarterly|annual|full-year|first-quarter|second-quarter|third-quarter|fourth-quarter|half-year|{date})\\s+){0,3}?)?`;
/** Up to 200 characters that do not turn to another measure ("…, while gross profit grew from $318 million"). */
const SAME_MEASURE = '(?:(?!\\b(?:while|whereas|profits?|income|earnings|loss|losses|ebitda|margins?|costs?|expenses|spending|valuation|funding)\\b)[^;]){0,200}?';
/** "from X to Y": the starting figure before the one reached. */
const FROM_MONEY = '(?:\\bfrom\\s+{money}\\s+)?';
/** A period named by a noun: "in the quarter", "over the three months". */
const PERIOD = `(?:quarter|period|year|half|month|first half|second half|fiscal year|${O}count:\\d+${C}\\s+months)`;
/** The later figure right before the earlier one: "rose 5% to $2 billion (in 2024) from", "… in the quarter, compared with". */
const FIGURE_THEN = `${O}money:\\d+${C}(?:\\s+in\\s+${NOUN})?(?:\\s+(?:in|for|during|over|as of)\\s+(?:the\\s+)?(?:${O}time:\\d+${C}|${PERIOD}))?,?\\s+(?:from|versus|vs\\.?|compared\\s+(?:to|with))`;
/** What leads to an earlier figure: "up 41% from", "a 9% year-on-year increase from", ", from", "compared with". */
const FROM = `(?:\\b(?:up|down|rising|falling|climbing|growing|jumping|rose|grew|climbed|jumped|increased|fell|dropped|declined|surged|soared|compared|increase|decrease|rise|drop|decline|gain|jump|growth)\\b[^;${O}]{0,14}(?:${O}percent:\\d+${C}[^;${O}]{0,40})?|${O}percent:\\d+${C}[^;${O}]{0,40}|,\\s*)(?:from|with|versus|vs\\.?|(?<=compared\\s)to)|${FIGURE_THEN}`;

/** A business line named at the start of a sentence and described as one: "Inspection software, the segment that …,". */
const SEGMENT_OPENS = `^\\W{0,3}(?<segment>[A-Z][\\w-]*(?:\\s+[a-z][\\w-]*){0,3}),\\s+(?:the|its|a|still\\s+the)\\s+[^,;]{0,100}?\\b(?:segment|business|unit|division|arm|line)\\b[^,;]{0,100}?,\\s+`;
export const rules: RuleSpecInput[] = [
  // "Inspection software, the segment that sells AI models, grew 31% to 742 million crowns from 566 million",
  // "Camera hardware, still the bulk of the business, was flat at 2.1 billion crowns": a segment's revenue
  { id: 'revenue.segment', type: 'revenue', keywords: ['segment', 'business', 'unit', 'division', 'arm', 'line'], pattern: `${SEGMENT_OPENS}(?:grew|rose|climbed|jumped|increased|fell|dropped|declined|slipped|was\\s+(?:flat|steady|unchanged|stable)\\s+at|reached|came\\s+in\\s+at|totall?ed|brought\\s+in|generated)\\s+(?:(?:about|roughly|nearly|some)\\s+)?(?:{percent}\\s+(?:to\\s+)?)?{money:value}`, qualifiersFrom: { segment: 'segment' }, confidence: 0.65 },
  { id: 'revenue.segment.from', type: 'revenue', keywords: ['segment', 'business', 'unit', 'division', 'arm', 'line'], pattern: `\\bfrom(?<=${SEGMENT_OPENS}(?:grew|rose|climbed|jumped|increased|fell|dropped|declined|slipped)\\s+(?:{percent}\\s+)?to\\s+${O}money:\\d+${C}\\s+from)\\s+{money:value}`, qualifiersFrom: { segment: 'segment' }, confidence: 0.65 },
  // "revenue of $763 million", "Q2 revenues rose to $2.1 billion", "sales hit ¥71 billion", "ARR topped €90 million", "revenue stood at Rs 612 crore"
  { id: 'revenue.noun-verb', type: 'revenue', keywords: KW, pattern: `${TELLER}\\b${NOUN}\\b(?:\\s*\\([^)]{1,14}\\))?${GAP}(?:{percent}${GAP})?${FROM_MONEY}\\b${VERB}\\s+(?:an?\\s+)?(?:record\\s+|estimated\\s+|expected\\s+|forecast\\s+|reported\\s+)?(?:between\\s+)?{money:value}`, confidence: 0.85 },
  // "$763 million in revenue", "$2 billion of annual sales", "71.8 billion yen ($482 million) in revenue"
  { id: 'revenue.money-noun', type: 'revenue', keywords: KW, pattern: `{money:value}\\s+(?:in|of)\\s+(?:(?:total|annual|quarterly|net|gross|operating|recurring|annualized|annualised|\\w+ly)\\s+)?${NOUN}\\b`, confidence: 0.85 },
  { id: 'revenue.money-adj-noun', type: 'revenue', keywords: KW, pattern: `{money:value}\\s+(?:(?:total|annual|quarterly|net|gross|annual recurring|annualized|annualised)\\s+)?${NOUN}\\b(?!\\s+(?:target|goal|growth|share|forecast|guidance|tax|loss))`, confidence: 0.75 },
  // "revenue grew 13 percent from $1.42 billion to $1.61 billion", "ARR topped €90 million, up from €31 million a year earlier", "a 9% increase from 65.3 billion yen"
  { id: 'revenue.from', type: 'revenue', keywords: [...KW, 'brought in', 'brings in', 'bringing in', 'raked in', 'contributed', 'came to', 'comes to'], pattern: `\\b(?:from|with|versus|vs\\.?|to(?<=compared\\sto))(?<=\\b(?:${NOUN}|generat\\w*|earn\\w*|brought in|brings? in|bringing in|raked in|contributed|came to|comes to)\\b${SAME_MEASURE}${FROM})\\s+(?:the\\s+)?{money:value}`, confidence: 0.75 },
  { id: 'revenue.to', type: 'revenue', keywords: KW, pattern: `\\b${NOUN}\\b{__}(?:{percent}{__})?\\bfrom\\s+{money}\\s+to\\s+{money:value}`, confidence: 0.75 },
  // "… nearly double the 251 billion won of a year earlier": the earlier figure of a revenue comparison
  { id: 'revenue.times-the', type: 'revenue', keywords: KW, pattern: `${O}multiplier:\\d+${C}(?<=\\b(?:${NOUN}|generat\\w*|earn\\w*)\\b${SAME_MEASURE}${O}multiplier:\\d+${C})\\s+the\\s+{money:value}(?=\\s+(?:(?:of|from|in)\\s+)?(?:a\\s+year\\s+(?:earlier|ago|before)|the\\s+(?:same|previous|prior|year-ago)\\b|${O}time)|\\s+(?:it|the\\s+company)\\s+(?:had|made|reported|booked|posted)\\b)`, confidence: 0.7 },
  // "255 billion won was contributed by the enterprise software unit"
  { id: 'revenue.contributed-by', type: 'revenue', keywords: ['contributed by', 'generated by', 'brought in by'], pattern: `{money:value}\\s+(?:was|were|came|is)\\s+(?:contributed|generated|brought\\s+in|earned)\\s+by\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}(?:unit|division|segment|business|arm)\\b`, confidence: 0.7 },
  // "generate over $1 billion annually", "earns $5 million a year"
  { id: 'revenue.generate-annual', type: 'revenue', keywords: KW, pattern: '\\b(?:generat\\w*|earn\\w*|brings? in|bringing in|rak\\w+ in|pull\\w* in|makes?|making)\\s+{money:value}\\s+(?:in\\s+(?:annual\\s+)?(?:revenue|sales)\\s+)?(?:annually|a year|per year|each year|per annum|every year|a month|per month|each month)', qualifiers: { period: 'annual' }, confidence: 0.85 },
  // "Corvane generated 71.812 billion yen ($482 million) in revenue", "Console generated 18.4 billion yen in the quarter", "…, generating 40.7 billion yen"
  { id: 'revenue.generate', type: 'revenue', keywords: [...KW, 'brought in', 'brings in', 'bring in', 'bringing in', 'raked in', 'rakes in', 'took in', 'takes in', 'taking in'], pattern: '\\b(?:generat\\w*|earn\\w*|brought in|brings? in|bringing in|raked in|rakes in|took in|takes in|taking in)\\s+(?:an?\\s+)?(?:estimated\\s+|record\\s+)?{money:value}(?:\\s+in\\s+(?:\\w+\\s+)?(?:revenue|sales|turnover)|\\s+(?:in|over|during)\\s+(?:the\\s+)?(?:quarter|year|period|first half|second half|fiscal year|first quarter|second quarter|third quarter|fourth quarter|{count}\\s+months|{date})|(?=\\s*(?:[,.;\\-—–]|$)|\\s+and\\s+(?:{anyplace}|the\\s+\\w+\\s+(?:unit|division|segment|business))))(?!\\s+(?:in\\s+)?(?:profit|net income|operating|savings|cash flow|economic|value|losses))', confidence: 0.8 },
  // "annual revenue of", "annualised revenue had passed $500 million"
  { id: 'revenue.annual', type: 'revenue', keywords: ['annual', 'yearly', 'annualized', 'annualised', 'full-year', 'arr'], pattern: `\\b(?:annual|yearly|annuali[sz]ed|full-year|full year|ARR)(?!\\s+(?:report|reports|meeting|general|filing|review|conference|event|survey|budget|plan|shareholders))\\s+(?:recurring\\s+)?(?:${NOUN}\\s+)?(?:run-rate\\s+)?(?:\\([^)]{1,8}\\)\\s+)?${GAP}\\b${VERB}\\s+(?:an?\\s+)?(?:record\\s+)?(?:between\\s+)?{money:value}`, qualifiers: { period: 'annual' }, confidence: 0.85 },
  // "the $590 million analysts had expected", "the $534 million the company reported for the same period last year", "and the $602 million for the previous quarter"
  { id: 'revenue.the-money-expected', type: 'revenue', keywords: ['expect', 'forecast', 'estimate', 'consensus', 'predicted', 'anticipated'], pattern: `\\bthe\\s+{money:value}(?<=\\b${NOUN}\\b${SAME_MEASURE})\\s+(?:that\\s+)?(?:analysts|wall street|the market|investors|economists|the street)(?:\\s+polled\\s+by\\s+{org})?\\s+(?:had\\s+|have\\s+)?(?:expected|forecast|estimated|predicted|anticipated|projected)`, status: 'expected', confidence: 0.75 },
  { id: 'revenue.the-money-reported', type: 'revenue', keywords: KW, pattern: `\\bthe\\s+{money:value}(?<=\\b${NOUN}\\b${SAME_MEASURE})(?:\\s+(?:that\\s+)?(?:the\\s+)?(?:${O}org:\\d+${C}|company|firm|group|social network|network|platform|business|it)\\s+(?:had\\s+)?(?:reported|posted|recorded|booked|generated|made))?\\s+(?:for|in)\\s+(?:the\\s+)?(?:same|previous|prior|year-ago|year-earlier|last|preceding|{date})`, confidence: 0.75 },
  // "…, after posting $1.86 billion in 2024" in a sentence about revenue
  { id: 'revenue.posted-in', type: 'revenue', keywords: KW, pattern: `\\b(?:posting|posted|reporting|reported|recording|recorded|booking|booked|logging|logged)\\s+(?:an?\\s+)?{money:value}(?<=\\b${NOUN}\\b${SAME_MEASURE})\\s+(?:in|for)\\s+(?:the\\s+)?(?:fiscal\\s+|full\\s+)?(?:{date}|year|quarter|first half|second half)`, confidence: 0.7 },
  // "revenue … standing at 12.6 billion yen" after a revenue word in the sentence
  { id: 'revenue.standing-at', type: 'revenue', keywords: KW, pattern: `\\b(?:standing|coming in|totall?ing|amounting)\\s+(?:at|to)(?<=\\b${NOUN}\\b${SAME_MEASURE})\\s+{money:value}`, confidence: 0.7 },
  // "Revenue reached R$410 million in 2024, and the company expects it to surpass R$700 million this year"
  { id: 'revenue.expects-it', type: 'revenue', keywords: ['expect', 'forecast', 'project', 'predict', 'sees'], pattern: `\\b${NOUN}\\b[^;]{0,160}?\\b(?:expects?|expected|forecasts?|projects?|projected|sees|predicts?|predicted|estimates?|estimated)\\s+(?:it|them|this|that)\\s+to\\s+(?:surpass|reach|hit|top|exceed|be|rise to|grow to|climb to|total|double to|jump to|come in at|cross)\\s+{money:value}`, status: 'expected', confidence: 0.75 },
];
