// Markets: their size (actual, earlier and forecast years as separate facts) and who holds what share.
// The subject of a market's size is the market as named ("market for AI coding assistants", "Korean AI
// market"); its place goes to `scope`. A market capitalisation is a company's worth (valuation/), not a
// market; a share of revenue or a stake is not a market share.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const O = '\\uE000';
const C = '\\uE001';
/** Words that end a market's name: the verb that follows it. */
const STOP = '(?:is|was|are|were|could|will|would|may|might|can|should|has|had|have|stood|stands|reached|reaches|valued|worth|estimated|expected|projected|forecast|set|likely|grew|grows|rose|jumped|hit|hits|totaled|totalled|alone|itself|and|which|that|at|to|by|in|on|with|from|this|last|next|according)';
/** Words that cannot start a market's name (so that "analysts said the HBM market" names "HBM market"). */
const FUNC = '(?:the|a|an|its|their|his|her|our|this|that|these|those|which|who|and|or|but|as|while|of|for|in|on|at|by|to|from|with|into|is|was|are|were|be|been|has|had|have|will|would|could|can|may|might|should|said|says|say|sees|see|expects?|expected|estimates?|estimated|puts?|values?|valued|according|said|report|reports|reported|projects?|forecasts?|predicts?|whole|entire|overall|total)';
/** "the market for AI software used in manufacturing", "India's digital lending market", "the global HBM market". */
const MARKET_NAME = `(?:(?:${O}(?:place|region|demonym):\\d+${C}|(?!${FUNC}\\b)(?![\\w-]+[’']s\\b)(?<!\\S)\\w[\\w’'-]*)\\s+){0,4}(?:market|industry|sector)(?!\\s+(?:share|shares|cap|capitali[sz]ation|value|leader|leaders|research|debut|listing|watchers?|trackers?|analysts?|player|players|participants|conditions|sentiment|volatility|rally|close|open|hours|regulator|regulators|access|entry|position|rate|rates)\\b)(?:\\s+(?:for|of)\\s+(?:(?!${STOP}\\b)(?:[\\w’'-]+|${O}(?:demonym|place|region):\\d+${C})\\s+){0,5}(?!${STOP}\\b)(?:[\\w’'-]+|${O}(?:demonym|place|region):\\d+${C}))?`;
const MARKET = `(?:(?<scope>${O}(?:place|region):\\d+${C})[’']s\\s+|(?:the|its|a|an)\\s+(?:[\\w-]+[’']s\\s+)?)?(?<subject>${MARKET_NAME})`;
/** A gap that may pass names, dates and ranks ("the world's largest") but no money and no other market. */
const GAP = `(?:(?!\\b(?!the\\b|its\\b|this\\b|that\\b)[\\w’'-]+\\s+(?:market|industry|sector)\\b)(?:[^${O};]|${O}(?:org|person|place|region|demonym|product|time|rank|percent|multiplier|count):\\d+${C})){0,160}?`;
/** The same, passing names and dates only. */
const GAP2 = `(?:(?!\\b(?!the\\b|its\\b|this\\b|that\\b)[\\w’'-]+\\s+(?:market|industry|sector)\\b)(?:[^${O};]|${O}(?:org|person|place|region|demonym|product|time):\\d+${C})){0,160}?`;
const REACH = '(?:valued at|worth|was worth|is worth|sized at|estimated at|estimated to be worth|reach|reached|reaching|hit|hitting|to hit|grow to|grew to|growing to|surge to|surged to|rise to|rose to|expand to|expanded to|climb to|climbed to|at|of|totaled|totalled|totaling|stood at|stands at|standing at|with an estimated value of|with a value of|with a size of|be worth|top|topped|exceed|exceeded|to be worth|was|is|amounted to|amounting to)';
const KW = ['market', 'industry', 'sector'];
const HEDGE = '(?:estimated\\s+|approximately\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|some\\s+|over\\s+|more than\\s+)?';
/** What a forecast says: "is projected to surge to", "could top", "is on course to reach". */
const WILL = '(?:(?:is|are|was|were)\\s+)?(?:(?:projected|expected|forecast|forecasted|estimated|likely|set|poised|anticipated|predicted|on course|on track|tipped|slated|due)\\s+to|could|may|might|will|would|should|is to|can)\\s+(?:\\w+\\s+)?(?:reach|surge to|grow to|hit|top|exceed|climb to|rise to|expand to|be worth|be valued at|touch|cross|surpass|balloon to|swell to|jump to|double to|triple to|more than double to|be)';
const SHARE_KW = ['share', 'market', 'accounting', 'account', 'slice', 'portion'];
/** The words that name the market a share is of: "of the global streaming market", "of Japan's smartphone market". */
const SHARE_OF = `(?:(?:${O}(?:place|region|demonym):\\d+${C}(?:[’']s)?|(?!(?:of|in|and|or|the|a|an)\\b)[\\w-]+)\\s+){1,4}?`;
/** Not a market share: a share of revenue, of profit, of votes. */
/** A share aimed at is not one held: "a step closer to a 20-percent share", "targeting a 15% share". */
const NOT_TARGET = '(?<!\\b(?:closer\\s+(?:to|in)|toward|towards|targets?|targeting|aims?\\s+(?:for|at)|aiming\\s+(?:for|at)|goal\\s+of|hopes?\\s+to\\s+(?:reach|win|hit))\\s+(?:(?:posting|reaching|hitting|achieving|securing|winning|taking)\\s+)?(?:an?\\s+|the\\s+)?)';
const NOT_OF_WHAT = '(?!\\s+(?:of\\s+)?(?:the\\s+)?(?:company[’\']s\\s+|its\\s+|total\\s+|group\\s+)?(?:revenue|revenues|sales revenue|profits?|income|earnings|votes?|the vote|stake|equity|shares|workforce|staff|employees)\\b)';

export const rules: RuleSpecInput[] = [
  // "The Korean AI market, valued at $3.12 billion in 2024", "Japan's market for AI software used in manufacturing was worth roughly ¥180 billion"
  { id: 'market.size.market-verb', type: 'market.size', keywords: KW, pattern: `${MARKET}(?:,)?${GAP}\\b${REACH}\\s+(?:an?\\s+)?${HEDGE}{money:value}`, subject: 'subject', confidence: 0.8 },
  // "… valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033", "… and could top $98 billion by 2030"
  { id: 'market.size.projected', type: 'market.size', keywords: ['project', 'expect', 'forecast', 'estimat', 'likely', 'set to', 'poised', 'could', 'course', 'track', 'will', 'may', 'might'], pattern: `\\b(?=${WILL}\\s+(?:an?\\s+)?${O}money)(?<=${MARKET}(?:,)?${GAP}{money}${GAP2})${WILL}\\s+(?:an?\\s+)?{money:value}`, subject: 'subject', confidence: 0.8 },
  // "a $3 billion market", "the $620 billion Indian market for EV finance"
  { id: 'market.size.money-market', type: 'market.size', keywords: KW, pattern: `{money:value}\\s+(?:${O}(?:place|region|demonym):\\d+${C}\\s+)?(?<subject>${MARKET_NAME})`, subject: 'subject', confidence: 0.65 },
  // The earlier figure: "expected to reach €28 billion by 2028, up from €9.5 billion in 2024"
  { id: 'market.size.from', type: 'market.size', keywords: ['up from', 'down from', 'rising from', 'growing from', 'climbing from', 'compared with', 'compared to'], pattern: `\\b(?:up|down|rising|growing|climbing|compared)\\s+(?:from|with|to)(?<=${MARKET}[^;]{0,200}?{money}[^;${O}]{0,40}?(?:${O}time:\\d+${C}[^;${O}]{0,10})?,?\\s+(?:up|down|rising|growing|climbing|compared)\\s+(?:from|with|to))\\s+{money:value}`, subject: 'subject', confidence: 0.75 },
  { id: 'market.size.from-to', type: 'market.size', keywords: ['from'], pattern: `\\bfrom(?<=${MARKET}${GAP}\\b(?:grow|grew|growing|rise|rose|rising|expand|expanded|expanding|jump|jumped|climb|climbed|surge|surged)\\s+from)\\s+{money:value}`, subject: 'subject', confidence: 0.75 },
  // A research firm sizing the market: "which puts the market at $7.4 billion this year", "values the market at $11 billion"
  { id: 'market.size.puts-at', type: 'market.size', keywords: KW, pattern: `\\b(?:puts|put|putting|values|valued|valuing|pegs|pegged|pegging|sizes|sized|estimates|estimated|estimating)(?<!\\b(?:market|industry|sector)\\b[^;]{1,200}?)\\s+(?:the|its|this|that)\\s+(?<subject>(?:${O}(?:place|region|demonym):\\d+${C}\\s+|[\\w-]+\\s+){0,3}?(?:market|industry|sector))\\s+(?:size\\s+)?at\\s+(?:an?\\s+)?{money:value}`, subject: 'subject', confidence: 0.75 },
  // "… the market …, and expects it to reach $26 billion by 2029"
  { id: 'market.size.expects-it', type: 'market.size', keywords: ['expect', 'forecast', 'project', 'predict', 'sees'], pattern: `\\b(?:the|its|this|that)\\s+(?<subject>(?:[\\w-]+\\s+){0,3}?(?:market|industry|sector))\\b[^;]{0,160}?\\b(?:expects?|expected|forecasts?|forecast|projects?|projected|sees|predicts?|predicted)\\s+(?:it|the market|the industry|the sector)\\s+to\\s+(?:reach|hit|top|exceed|grow to|be worth|surpass|climb to|rise to|double to|expand to|cross)\\s+{money:value}`, subject: 'subject', confidence: 0.75 },
  // Places ranked in one market: "…, followed by Taiwan with 1.42 trillion won and the UK with 1.31 trillion won"
  { id: 'market.size.place-with', type: 'market.size', keywords: KW, pattern: `(?:{place}|{region})\\s+(?:with|at)(?<=\\b(?:market|industry|sector)\\b[^;]{0,300}?(?:with|at))\\s+(?:about\\s+|around\\s+|roughly\\s+)?{money:value}`, subject: { fixed: 'market' }, confidence: 0.6 },

  // --- Shares ---
  // "holds a 31% share of", "with a 9% share in the second quarter"
  { id: 'market.share.percent-share', type: 'market.share', keywords: ['share'], pattern: `${NOT_TARGET}{percent:value}\\s+(?:market\\s+)?share\\b${NOT_OF_WHAT}`, confidence: 0.85 },
  // "a market share of 21.36 percent", "its share has fallen from 63%", "market share advanced 0.07 percentage point in May to reach 27.84 percent"
  { id: 'market.share.share-of', type: 'market.share', keywords: ['share'], pattern: `\\b(?:market\\s+)?share\\b${NOT_OF_WHAT}(?:\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:market|segment|industry))?[^;${O}]{0,40}?(?:{time}[^;${O}]{0,20}?)?(?:{percent}[^;${O}]{0,40}?(?:{time}[^;${O}]{0,20}?)?)?\\b(?:of|at|to|reach|reached|to reach|was|is|stood at|stands at|hit|rose to|fell to|dropped to|climbed to|grew to|from|of about|of around|of nearly|of over|of more than|of roughly)\\s+(?:about\\s+|around\\s+|nearly\\s+|roughly\\s+|some\\s+|almost\\s+)?{percent:value}`, confidence: 0.8 },
  { id: 'market.share.hovering', type: 'market.share', keywords: ['share'], pattern: `\\b(?:market\\s+)?share\\b${NOT_OF_WHAT}[^;${O}]{0,20}?\\b(?:hovering|dipping|slipping|sitting|remaining|staying|hovered|dipped|slipped|sat|remained|stayed)\\s+(?:(?:below|under|less than|beneath|above|around|near|at)\\s+)?{percent:value}`, confidence: 0.75 },
  // "… dropped from 34% in 2016 to 18% in 2023": the second figure
  { id: 'market.share.from-to', type: 'market.share', keywords: ['share'], pattern: `\\b(?:market\\s+)?share\\b${NOT_OF_WHAT}[^;]{0,80}?\\bfrom\\s+{percent}[^;${O}]{0,10}?(?:{time}[^;${O}]{0,10}?)?\\s+to\\s+{percent:value}`, confidence: 0.8 },
  // "… up from 6% a year earlier" after a share
  { id: 'market.share.up-from', type: 'market.share', keywords: ['share'], pattern: `\\b(?:up|down|rising|falling|compared)\\s+(?:from|with)(?<=\\bshare\\b[^;]{0,160}?(?:from|with))\\s+{percent:value}`, confidence: 0.75 },
  // "X's share climbed to 22% from 16% a year earlier", "whose share slid to 19% from 24%": the earlier figure
  { id: 'market.share.to-from', type: 'market.share', keywords: ['share'], pattern: `\\bfrom(?<=\\bshare\\b[^;]{0,40}?\\b(?:climbed|rose|grew|jumped|increased|slid|fell|dropped|declined|slipped|shrank|edged\\s+up|edged\\s+down)\\s+to\\s+${O}percent:\\d+${C}\\s+from)\\s+{percent:value}`, confidence: 0.75 },
  // "Telmio had 44.2 percent of the market", "holds roughly 18% of Germany's market for AI compliance software", "account for 62% of the regional market"
  // "… account for more than 80 per cent in electric trucks": a share of a segment named by a plural noun
  { id: 'market.share.account-for-in', type: 'market.share', keywords: ['account'], pattern: `\\b(?:accounting|accounts?|accounted)\\s+for\\s+(?:a\\s+|an\\s+|around\\s+|about\\s+|nearly\\s+|more than\\s+|over\\s+|roughly\\s+|almost\\s+|some\\s+|just\\s+)?{percent:value}\\s+in\\s+(?:the\\s+)?(?!(?:most|some|many|all|several|recent|past|these|those|other|certain|both)\\b)(?:[a-z][\\w-]*\\s+){0,3}(?!(?:years|months|weeks|days|quarters|cases|terms|times|instances)\\b)[a-z][\\w-]*s\\b(?=\\s*(?:[,.;]|$))`, confidence: 0.7 },
  // "…, while electric buses made up 24% and heavy trucks the rest": a second segment's share in a sentence of shares
  { id: 'market.share.while-segment', type: 'market.share', subject: 'subject', keywords: ['made up', 'accounted for', 'account for', 'accounts for'], pattern: `\\b(?:while|whereas|and)\\s+(?<subject>(?:[a-z][\\w-]*\\s+){0,3}[a-z][\\w-]*s)\\s+(?:made\\s+up|make\\s+up|makes\\s+up|accounted\\s+for|account\\s+for|accounts\\s+for|represented|took)\\s+(?:about\\s+|around\\s+|nearly\\s+|roughly\\s+|some\\s+|just\\s+|another\\s+)?{percent:value}(?<=\\b(?:accounted\\s+for|accounts?\\s+for|made\\s+up|makes?\\s+up|share|held|holds)\\b[^;]{1,200})(?!\\s+(?:of|in)\\s+(?:the\\s+)?(?:revenue|profit|growth|costs?)\\b)`, confidence: 0.7 },
  { id: 'market.share.of-market', type: 'market.share', keywords: ['market', 'accounting', 'account', 'segment', 'business', 'shipments', 'sales'], pattern: `\\b(?:had|has|have|holds?|held|controls?|controlled|commands?|commanded|captured?|accounting for|accounts? for|accounted for|took|takes|with|owns?|owned|claims?|claimed|makes? up|made up|represents?|represented)\\s+(?:a\\s+|an\\s+|around\\s+|about\\s+|nearly\\s+|more than\\s+|over\\s+|roughly\\s+|almost\\s+|some\\s+|just\\s+)?{percent:value}\\s+(?:of|in)\\s+(?:the\\s+)?(?:${GAP}|${SHARE_OF})\\b(?:market|segment|sales|business|shipments|industry|sector|subscriptions|subscribers|gross\\s+merchandise\\s+value|GMV|deliveries|registrations)\\b`, confidence: 0.75 },
  // "Singapore still holds the largest slice of the region's capacity, at 41%", "Malaysia … now accounts for 27%"
  { id: 'market.share.slice-at', type: 'market.share', keywords: ['slice', 'portion', 'chunk', 'share'], pattern: `(?<subject>{place}|{org}|{product})\\s+(?:still\\s+|now\\s+|currently\\s+)?(?:holds?|held|has|had|commands?|controls?|takes?|took)\\s+(?:the\\s+|a\\s+)?(?:{rank}\\s+|largest\\s+|biggest\\s+|smallest\\s+)?(?:slice|portion|chunk|piece|share)\\b[^;${O}]{0,80}?,?\\s+(?:at|with|of)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?{percent:value}`, confidence: 0.75 },
  { id: 'market.share.accounts-for', type: 'market.share', keywords: ['share', 'market', 'slice', 'accounts for', 'accounted for'], pattern: `(?<subject>{place}|{org}|{product})(?:,[^,;]{0,100},)?\\s+(?:now\\s+|still\\s+|alone\\s+)?(?:accounts\\s+for|accounted\\s+for|holds|held|commands|controls)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|more than\\s+|over\\s+|some\\s+)?{percent:value}(?=\\s*(?:[,.;]|and\\b|$))`, confidence: 0.65 },
  // "Corvane and Telmio Networks are the leaders, each accounting for 3% of the Nordic market": one fact per company
  { id: 'market.share.each', type: 'market.share', keywords: ['each'], pattern: `(?<subject>{orgs})[^;${O}]{0,60}?\\beach\\s+(?:accounting\\s+for|holding|with|having|commanding|controlling)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?{percent:value}`, confidence: 0.75 },
];
