// Users: daily, weekly, monthly active, total, paid, and growth. Subject: the product (refine/subject).
// A threshold ("surpassed the 1 million mark … at 1,033,733") is not the count; a change ("an increase
// of 6 million users", "2 million fewer MAUs", "added 4 million subscribers") is not a count either;
// an earlier figure ("up from 3 million a year ago", "from 218 million") is a fact of its own.
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const O = '\\uE000';
const C = '\\uE001';
/** A name tag that may sit inside a metric: "weekly active Fala users". */
const NAME = `${O}(?:product|org):\\d+${C}`;
/** A count that is not a threshold ("the 1 million mark") nor a change ("a 12 million hike"). */
const N = '{count:value}';
const NOT_AFTER = '(?!\\s+(?:hike|increase|increases|gain|gains|rise|jump|growth|addition|additions|drop|decline|decrease|loss|losses|fall|mark|milestone|threshold|level|barrier|target|goal)\\b)';
/** Not a change: "added 4 million", "an increase of 6 million", "2 million fewer". */
const NOT_CHANGE = '(?<!\\b(?:add|adds|added|adding|gain|gains|gained|gaining|lost|lose|loses|losing|shed|sheds|shedding|drop|drops|dropped|dropping|cut|cuts|cutting|net|increase|increase of|gain of|rise of|growth of|addition of|decline of|drop of|jump of|loss of|fall of|decrease of|hike of|by|another|additional|extra)\\s+)';
const NOT_FEWER = '(?!(?:fewer|more|additional|new|net|extra|less|other)\\b)';
/** Up to two words between a count and its metric ("12 million registered app users"), not "fewer"/"new". */
const BETWEEN = `(?:${NOT_FEWER}[\\w’'-]+\\s+|${NAME}\\s+){0,2}?`;
/** What a count can be said to reach. */
const REACH = `(?:(?<!\\b(?:increase|gain|rise|growth|addition|decline|drop|jump|loss|fall|decrease|hike|change)\\s+)of|at|to|reached|reaching|reaches|hit|hitting|hits|topped|topping|tops|surpassed|surpassing|surpasses|crossed|crossing|crosses|exceeded|exceeding|exceeds|passed|passing|stood at|stands at|standing at|averaged|averaging|averages|was|were|is|are|now|totall?ed|totall?ing|numbered|number|numbering|came in at|jumped to|rose to|grew to|climbed to|increased to|soared to|surged to|fell to|dropped to|declined to|slipped to|of about|of around|of over|to more than|to over|to about|to nearly|to a record|to a record of)`;
/** A hedge before a count that the count itself does not hold. */
const HEDGE = '(?:(?:the\\s+|a\\s+)?(?:new\\s+)?(?:record\\s+(?:high\\s+)?(?:of\\s+)?|all-time\\s+high\\s+of\\s+|high\\s+of\\s+|average\\s+of\\s+|peak\\s+of\\s+|some\\s+|just\\s+)?)';
/** The later figure right before the earlier one: "grew to 40 million (in March) from", "… in the quarter, compared with". */
const FIGURE_THEN = `${O}count:\\d+${C}(?:\\s+(?:[\\w-]+\\s+){0,3}?(?:users|subscribers|members|customers|accounts|MAUs?|m?DAUs?|WAUs?))?(?:\\s+(?:in|for|during|as of|at the end of)\\s+(?:the\\s+)?${O}time:\\d+${C})?,?\\s+(?:from|versus|vs\\.?|compared\\s+(?:to|with))`;
/** What leads to an earlier figure: "up from", "grew 19 percent year-on-year from", ", from", "compared with". */
const FROM = `(?:\\b(?:up|down|rising|falling|climbing|growing|jumping|rose|grew|climbed|jumped|increased|fell|dropped|declined|surged|soared|compared|an increase|a rise|a jump)\\b[^;${O}]{0,12}(?:${O}percent:\\d+${C}[^;${O}]{0,30})?|${O}percent:\\d+${C}[^;${O}]{0,40}|,\\s*)(?:from|with|versus|vs\\.?|(?<=compared\\s)to)|${FIGURE_THEN}`;
/** "grew 19 percent from 96 to 114 million": the starting figure before the one reached. */
/** The date right after a figure is its date ("212 million users in the third quarter of 2021"), not one further back. */
const WHEN = '(?:\\s+(?:users\\s+|subscribers\\s+)?(?:in|during|for|as of|at the end of|by|at)\\s+(?:the\\s+)?{date:time})?';
const FROM_COUNT = `(?:\\bfrom\\s+${HEDGE}{count}(?:[^;${O}]{0,20}?{date})?\\s+)?`;

/** The rules of one active-user metric; `period` is "day", "week" or "month". */
function metric(type: string, id: string, words: string, period: string, others: string, keywords: string[]): RuleSpecInput[] {
  /** A gap that passes names and dates but no number and no other metric ("MAUs …, now replaced by DAUs, which …"). */
  const GAP = `(?:(?!${others}|\\b(?:while|whereas)\\b)(?:[^${O};]|${O}(?:org|person|place|region|demonym|product|time):\\d+${C})){0,160}?`;
  const PERIOD = `(?:(?:each|every|a|per|once a|once every)\\s+${period}|${period === 'day' ? 'daily' : period + 'ly'})`;
  return [
    // "250 million weekly active users", "118 million mDAUs", "40 million weekly active Fala users"
    { id: `${id}.count-before`, type, keywords, pattern: `${NOT_CHANGE}${N}\\s+${BETWEEN}(?:${words})\\b${NOT_AFTER}${WHEN}`, confidence: 0.85 },
    // "MAU of 5 million", "daily active user (DAU) count of 1,252,925", "Monthly active users of Fala, the … app, grew 45% from a year earlier to 31 million"
    { id: `${id}.count-after`, type, keywords, pattern: `(?:${words})[”"]?(?:\\s*\\([^)]{1,14}\\))?(?:\\s+(?:count|figure|number|base|tally|total))?\\b${GAP}(?:{count}\\s+(?:[\\w-]+\\s+){0,3}?(?:mark|milestone|threshold|level|barrier)\\b${GAP})?(?:(?:{percent}|{multiplier})${GAP})?${FROM_COUNT}\\b${REACH}\\s+${HEDGE}${N}${NOT_AFTER}${WHEN}`, confidence: 0.85 },
    // "monthly active users (MAUs), which jumped to 118 million", "“engaged daily active users” (eDAUs), which rose to …"
    { id: `${id}.which`, type, keywords, pattern: `(?:${words})[”"]?(?:\\s*\\([^)]{1,14}\\))?[”"]?,?\\s+(?:which|that)\\s+(?:now\\s+|has\\s+|have\\s+|had\\s+)?(?:(?:jumped|rose|grew|climbed|increased|soared|surged|reached|hit|topped|stood|stand|stands|totall?ed|numbered|number|surpassed|crossed|passed|exceeded|fell|dropped|declined)\\s+(?:to\\s+|at\\s+)?|(?:is|was|are|were)\\s+(?:now\\s+)?(?:at\\s+)?)${HEDGE}${N}${NOT_AFTER}`, confidence: 0.8 },
    // "a quarter-on-quarter MAU increase of 6 million users, with 214 million in total"
    { id: `${id}.with`, type, keywords, pattern: `(?:${words})\\b(?:(?!${others})[^;]){0,100}?,?\\s+with\\s+${N}(?:\\s+(?:in total|total|overall|users))?\\b${NOT_AFTER}(?!\\s+(?:[\\w-]+\\s+){0,2}(?:of them|of whom|in|from)\\b)`, confidence: 0.7 },
    // The earlier figure: "…, up from 3 million in May last year", "grew from 112 to 146 million", "…, from 218 million in Q3 2020"
    { id: `${id}.from`, type, keywords, pattern: `\\b(?:from|with|versus|vs\\.?)(?<=(?:${words}|\\b(?:use|uses|using)\\b[^;]{0,60}?${PERIOD})\\b(?:(?!${others}|\\b(?:while|whereas)\\b)[^;]){0,200}?${FROM})\\s+${HEDGE}${N}(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:users|subscribers)\\s+(?:in|from)\\b)`, confidence: 0.75 },
    // Crossing a threshold with no exact figure: "crossed the 45 million monthly active users mark"
    { id: `${id}.mark-inside`, type, keywords, pattern: `\\b(?:crossed|surpassed|passed|topped|exceeded|broke|crossing|surpassing|passing|topping|exceeding|breaking)\\s+the\\s+${N}\\s+(?:${words})\\s+(?:mark|milestone|threshold|barrier|level)\\b(?!{__}\\bat\\s+{count})`, approx: 'more_than', confidence: 0.75 },
    { id: `${id}.mark-after`, type, keywords, pattern: `(?:${words})\\b{_}\\b(?:crossed|surpassed|passed|topped|exceeded|broke|crossing|surpassing|passing|topping|exceeding|breaking)\\s+the\\s+${N}\\s+(?:mark|milestone|threshold|barrier|level)\\b(?!{__}\\bat\\s+{count})`, approx: 'more_than', confidence: 0.75 },
    // "More than 21,000 clinicians use Scribe each week", "about 3.2 million people using it daily", "18,000 workers now use it at least once a month"
    { id: `${id}.use-each`, type, keywords: ['day', 'daily', 'week', 'month'], pattern: `${NOT_CHANGE}${N}\\s+(?:${NOT_FEWER}[\\w’'-]+\\s+|{anyplace}\\s+|${O}count:\\d+${C}\\s+){0,4}?(?:now\\s+|still\\s+)?(?:use|uses|used|using|log (?:into|in to|on to|onto)|logging (?:into|on to)|open|opens|access|accesses|visit|visits|play|plays|playing|engage with|chat with)\\s+(?:it|them|the\\s+(?:app|service|platform|tool|product)|(?<subject>{product}|{org}))?{_}\\b(?:at least\\s+|on average\\s+)?${PERIOD}\\b`, confidence: 0.75 },
  ];
}

/** Who the users of a service are: riders of a ride-hailing app, listeners of a music one, learners, players… */
const USER_NOUN = '(?:riders|passengers|players|gamers|listeners|viewers|readers|learners|students|shoppers|buyers|sellers|merchants|traders|visitors|creators|drivers)';
const DAILY = `(?:monetizable |monetisable |average )?daily active users?|daily users|daily actives|daily active (?:${NAME} )?users|daily (?:${NAME} )?users|m?DAUs?|daily active user|daily (?:active )?${USER_NOUN}`;
const WEEKLY = `weekly active users?|weekly users|weekly actives|weekly active (?:${NAME} )?users|weekly (?:${NAME} )?users|WAUs?|weekly (?:active )?${USER_NOUN}`;
const MONTHLY = `monthly active users?|monthly users|monthly actives|monthly active (?:${NAME} )?users|monthly (?:${NAME} )?users|monthly active accounts|MAUs?|monthly (?:active )?${USER_NOUN}`;

/** What a telecom counts its lines by: mobile, broadband, 5G subscribers are all its customers, not a paid tier. */
const LINE = '(?:mobile|cellular|wireless|broadband|fixed-line|fibre|fiber|internet|prepaid|postpaid|5G|4G|SIM|data|pay-TV|cable)';
const PAID_NOUN = '(?:subscribers|subscriptions|paying (?:users|customers|subscribers|members|accounts)|paid (?:users|accounts|subscribers|seats|members|customers|subscriptions)|premium (?:users|members|subscribers|accounts|customers|subscriptions)|paid-for accounts)';
/** Paid users named earlier in the sentence (read behind a later figure: "…, up from", "…, followed by Y with"). */
const PAID_NAMED = `(?:(?<!${LINE}\\s{1,3})subscribers|subscriptions|(?:paid|paying|premium)\\s+(?:[\\w-]+\\s+)?(?:users|customers|members|seats|accounts))\\b`;
/** Not passing another metric or a contrast on the way to the later figure. */
const NOT_OTHER_METRIC = '(?!daily|weekly|monthly|\\bm?daus?\\b|\\bmaus?\\b|\\bwaus?\\b|\\b(?:while|whereas)\\b)';
const PAID_KW = ['subscri', 'paying', 'paid', 'premium', 'pay for', 'pay to'];
const TOTAL_NOUN = '(?:users|customers|members|players|developers|accounts|subscribers? to its free tier|registered users|sign-ups)';

export const rules: RuleSpecInput[] = [
  ...metric('users.daily_active', 'users.dau', DAILY, 'day', '(?:weekly|monthly|\\bwaus?\\b|\\bmaus?\\b|subscri|paid|paying|premium)', ['daily', 'dau', 'each day', 'per day', 'a day', 'every day']),
  ...metric('users.weekly_active', 'users.wau', WEEKLY, 'week', '(?:daily|monthly|\\bm?daus?\\b|\\bmaus?\\b|subscri|paid|paying|premium)', ['weekly', 'wau', 'each week', 'a week', 'every week', 'per week']),
  ...metric('users.monthly_active', 'users.mau', MONTHLY, 'month', '(?:daily|weekly|\\bm?daus?\\b|\\bwaus?\\b|subscri|paid|paying|premium)', ['monthly', 'mau', 'each month', 'a month', 'every month', 'per month']),
  // "7.3 million customers who made at least one transaction in the 30 days to the end of June": active in a
  // month's window; the same over seven days is weekly
  { id: 'users.mau.active-in-30-days', type: 'users.monthly_active', keywords: ['30 days', 'thirty days', '30-day', '28 days', '28-day'], pattern: `${NOT_CHANGE}${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:users|customers|people|members|subscribers|accounts|players|riders|merchants)\\s+(?:who|that)\\s+[^.;]{0,80}?\\b(?:in|over|during|within)\\s+the\\s+(?:past\\s+|last\\s+|previous\\s+)?(?:30|thirty|28|${O}count:\\d+${C})\\s+days`, confidence: 0.75 },
  { id: 'users.wau.active-in-7-days', type: 'users.weekly_active', keywords: ['7 days', 'seven days'], pattern: `${NOT_CHANGE}${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:users|customers|people|members|subscribers|accounts|players|riders|merchants)\\s+(?:who|that)\\s+[^.;]{0,80}?\\b(?:in|over|during|within)\\s+the\\s+(?:past\\s+|last\\s+|previous\\s+)?(?:7|seven|${O}count:\\d+${C})\\s+days`, confidence: 0.75 },
  // "1.25 million users … each day"
  { id: 'users.dau.users-each-day', type: 'users.daily_active', keywords: ['day'], pattern: `${NOT_CHANGE}${N}\\s+(?:[\\w-]+\\s+){0,2}?users\\b{__}\\b(?:each|every|per|a) day\\b`, confidence: 0.75 },

  // --- Paid ---
  // "7 million paid subscribers", "around 11.2 million subscribers in Chile", "3.4 million paid seats"
  { id: 'users.paid.count-before', type: 'users.paid', keywords: PAID_KW, pattern: `${NOT_CHANGE}${N}\\s+(?!${LINE}\\s+subscri)${BETWEEN}${PAID_NOUN}\\b${NOT_AFTER}${WHEN}`, confidence: 0.8 },
  { id: 'users.total.line-from', type: 'users.total', keywords: ['subscri'], pattern: `\\b(?:from|with|versus)(?<=${LINE}\\s+(?:subscribers|subscriptions|connections|lines)\\b[^;]{0,200}?${FROM})\\s+${HEDGE}${N}`, confidence: 0.75 },
  // "14.6 million mobile subscribers", "2 million broadband subscribers": a network's lines, all of them
  { id: 'users.total.line-subscribers', type: 'users.total', keywords: ['subscri'], pattern: `${NOT_CHANGE}${N}\\s+${LINE}\\s+(?:subscribers|subscriptions|connections|lines|customers)\\b${NOT_AFTER}${WHEN}`, confidence: 0.8 },
  // "subscribers passed 8 million", "paid seats rose to 3.4 million", "Paying subscribers have more than tripled … and now number just over 2.2 million"
  { id: 'users.paid.count-after', type: 'users.paid', keywords: PAID_KW, pattern: `(?:(?:paid|paying|premium)\\s+(?:[\\w-]+\\s+)?(?:subscribers|users|customers|members|seats|accounts|subscriptions)|subscribers|subscriber base|subscriber count|subscriptions|number of subscribers)[’']?(?:\\s*\\([^)]{1,14}\\))?\\b{__}(?:(?:{percent}|{multiplier}){__})?${FROM_COUNT}\\b${REACH}\\s+${HEDGE}${N}${NOT_AFTER}${WHEN}`, confidence: 0.8 },
  // "Its premium users grew 19 percent year-on-year from 96 to 114 million": the earlier figure
  { id: 'users.paid.from', type: 'users.paid', keywords: PAID_KW, pattern: `\\b(?:from|with|versus)(?<=${PAID_NAMED}(?:${NOT_OTHER_METRIC}[^;]){0,200}?${FROM})\\s+${HEDGE}${N}`, confidence: 0.75 },
  // "… 860,000 subscribers, more than double the 410,000 it counted in June 2024": the earlier figure
  { id: 'users.paid.times-the', type: 'users.paid', keywords: PAID_KW, pattern: `${O}multiplier:\\d+${C}(?<=${PAID_NAMED}(?:${NOT_OTHER_METRIC}[^;]){0,200}?${O}multiplier:\\d+${C})\\s+the\\s+${N}(?=\\s+(?:it|they|the\\s+(?:company|app|service))\\s+(?:had|counted|reported|logged|recorded)\\b|\\s+(?:a\\s+year\\s+(?:earlier|ago|before)|in\\s+${O}time))`, confidence: 0.7 },
  // "about 610,000 developers pay for Quill's Pro tier", "2 million people subscribe to the service"
  // "Vireo TV has 4 million paying subscribers in Chile, followed by Orrin Music with 2.5 million": the next in a
  // list of the same figure.
  { id: 'users.paid.followed-by', type: 'users.paid', keywords: ['followed by'], pattern: `\\bfollowed\\s+by(?<=${PAID_NAMED}(?:${NOT_OTHER_METRIC}[^;.]){0,120}?,?\\s+followed\\s+by)\\s+(?<subject>{name})\\s+(?:with|at|on)\\s+${HEDGE}${N}(?!\\s+(?:[\\w-]+\\s+)?(?:users|viewers|downloads|visits|views)\\b)`, subject: 'subject', confidence: 0.7 },
  // (also "Some 610,000 families pay 149 lira a month for a premium tier")
  { id: 'users.paid.pay-for', type: 'users.paid', keywords: ['pay for', 'pay to', 'subscribe to', 'paying for', 'paid for', 'a month for', 'per month for', 'a year for', 'per year for'], pattern: `${NOT_CHANGE}${N}\\s+(?:[\\w’'-]+\\s+){0,3}?(?:now\\s+)?(?:pay|paid|are paying|paying|subscribe|subscribed|are subscribed)\\s+(?:{money}\\s+(?:a|per|each)\\s+(?:month|year|week)\\s+)?(?:for|to)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?<subject>{product}|{org})?`, confidence: 0.75 },
  // "second-largest number of paid subscribers", "the most paid users", "largest number of paying subscribers outside the US"
  { id: 'users.paid.rank', type: 'users.paid', keywords: ['paid', 'paying', 'subscri', 'premium'], pattern: `{rank:value}\\s+(?:number\\s+of\\s+|base\\s+of\\s+)?(?:[\\w-]+\\s+){0,2}?(?:paid|paying|premium)\\s+(?:{product}\\s+)?(?:subscribers|users|customers|members|accounts)`, confidence: 0.8 },

  // A rank that holds its own words: "boasts the largest number of paying ChatGPT subscribers outside of the United States"
  { id: 'users.paid.rank-phrase', type: 'users.paid', keywords: ['paying ', 'paid ', 'subscribers', 'premium '], pattern: `\\b(?:boasts|boasted|has|had|have|with|is home to|counts|counted)\\s+(?:the\\s+)?{rank:value}(?=\\s*(?:[,.;:]|$|in\\b|among\\b|globally\\b|worldwide\\b|after\\b|behind\\b|following\\b))`, confidence: 0.6 },

  // --- Total ---
  // "The number of ChatGPT app users … surpassed 12 million", "total registered users reached 40 million"
  { id: 'users.total.count-after', type: 'users.total', keywords: ['users', 'user base', 'customers', 'members', 'players', 'developers', 'accounts'], pattern: `(?:number of|total|user base|customer base)\\s+(?:[\\w-]+\\s+){0,2}?(?:{product}\\s+)?(?:[\\w-]+\\s+)?(?:users|customers|members|players|accounts)?\\b{__}${REACH}\\s+${HEDGE}${N}${NOT_AFTER}`, confidence: 0.75 },
  // "has 48 million users", "crossed 18 million registered users", "approaching 3 million developers through the Corvane Code platform"
  { id: 'users.total.count-before', type: 'users.total', keywords: ['users', 'customers', 'members', 'players', 'developers', 'accounts'], pattern: `${NOT_CHANGE}\\b(?:has|had|have|with|boasts|boasted|counts|counted|serves|served|reached|reaching|surpassed|surpassing|crossed|crossing|topped|topping|hit|passed|passing|approaching|approached|now|over|exceeded|exceeding|taking up|attracted|amassed|claims|claimed)\\s+${N}\\s+(?:registered\\s+|total\\s+|active\\s+|app\\s+|global\\s+|unique\\s+|individual\\s+|${NAME}\\s+)?(?:users|customers|members|players|developers|accounts)\\b(?![^;.]{0,80}?\\b(?:each|every|per|once a|a)\\s+(?:day|week|month)\\b|\\s+(?:who|that)\\s+[^.;]{0,80}?\\b(?:in|over|during|within)\\s+the\\s+(?:past\\s+|last\\s+|previous\\s+)?(?:\\d+|thirty|seven|${O}count:\\d+${C})\\s+days)(?:\\s+(?:on|using|through|via|across)\\s+(?:the\\s+)?(?<subject>{product}|{org}))?`, confidence: 0.7 },
  // "more than 95 million people have signed up for Fala", "20 million users have downloaded the app"
  { id: 'users.total.signed-up', type: 'users.total', keywords: ['signed up', 'sign up', 'registered', 'downloaded', 'joined'], pattern: `${NOT_CHANGE}${N}\\s+(?:people|users|customers|members|players|developers|consumers|individuals|businesses|students|workers)\\s+(?:have\\s+|had\\s+)?(?:now\\s+|already\\s+|so far\\s+)?(?:signed up|registered|downloaded|joined)\\b(?:\\s+(?:for|to|with|on)\\s+(?:the\\s+)?(?<subject>{product}|{org}))?`, confidence: 0.7 },

  // --- Growth ---
  // "Weekly ChatGPT users in Korea quadrupled", "paid user base has doubled", "Paying subscribers have more than tripled"
  { id: 'users.growth.multiplier', type: 'users.growth', keywords: ['users', 'subscriber', 'user base', 'maus', 'daus', 'waus'], pattern: `(?<metric>(?:(?:weekly|monthly|daily|paid|paying|premium|active|total|registered)\\s+)*(?:{product}\\s+)?(?:users|subscribers|subscriber base|user base|MAUs|DAUs|WAUs|customers))\\b{__}\\b(?:has\\s+|have\\s+|had\\s+)?{multiplier:value}`, qualifiersFrom: { metric: 'metric' }, confidence: 0.8 },
  // "MAUs grew 22 percent year-on-year", "Monthly active users (MAU) of Fala, the … app, grew 45%", "paid users were up 12%"
  { id: 'users.growth.percent', type: 'users.growth', keywords: ['users', 'subscriber', 'user base', 'maus', 'daus', 'waus'], pattern: `(?<metric>(?:(?:weekly|monthly|daily|paid|paying|premium|active|total|registered)\\s+)*(?:{product}\\s+)?(?:users|subscribers|subscriber base|user base|MAUs|DAUs|WAUs|mDAUs|customers))[”"]?(?:\\s*\\([^)]{1,14}\\))?(?:\\s+(?:of|for|at)\\s+(?:{product}|{org})(?:,\\s+(?:a|an|the|its|which)\\b[^,;]{0,120},)?)?\\s+(?:have\\s+|has\\s+|had\\s+)?(?:grew|rose|increased|jumped|climbed|were up|was up|surged|soared|expanded|up|grown|risen|increasing|growing|rising|declined|fell|dropped|were down|was down|down)\\s+(?:by\\s+)?(?:about\\s+|around\\s+|nearly\\s+|some\\s+|more than\\s+|over\\s+)?{percent:value}`, qualifiersFrom: { metric: 'metric' }, confidence: 0.8 },
  // "mDAUs, which jumped to 118 million — up 11% YoY and 3% on the previous quarter": the change after a count
  { id: 'users.growth.count-up', type: 'users.growth', keywords: ['up', 'increase', 'rise', 'growth', 'jump'], pattern: `(?<metric>(?:(?:weekly|monthly|daily|paid|paying|premium|active|total|registered|monetizable)\\s+)*(?:users|subscribers|MAUs|DAUs|WAUs|mDAUs))\\b[^;]{0,100}?{count}[^;${O}]{0,30}?\\b(?:up|down|an increase of|a rise of|a jump of|growth of|a gain of)\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+)?{percent:value}`, qualifiersFrom: { metric: 'metric' }, confidence: 0.75 },
  { id: 'users.growth.count-up-and', type: 'users.growth', keywords: ['previous quarter', 'prior quarter', 'quarter-on-quarter', 'sequential', 'last quarter', 'month-on-month', 'qoq'], pattern: `(?<metric>(?:(?:weekly|monthly|daily|paid|paying|premium|active|total|registered|monetizable)\\s+)*(?:users|subscribers|MAUs|DAUs|WAUs|mDAUs))\\b[^;]{0,100}?{count}[^;${O}]{0,30}?\\b(?:up|down)\\s+{percent}[^;${O}]{0,30}?\\s+and\\s+(?:by\\s+)?{percent:value}`, qualifiersFrom: { metric: 'metric' }, confidence: 0.7 },
  // "a figure that has tripled since January", "a number that rose 38% from a year earlier" after a users statement
  { id: 'users.growth.figure', type: 'users.growth', keywords: ['figure', 'number', 'tally'], pattern: `\\b(?:a|the)\\s+(?:figure|number|tally|total|base)(?<=\\b(?:users?|subscribers?|use|uses|using|members|players|customers)\\b[^;]{1,200}?(?:figure|number|tally|total|base))\\s+(?:that|which)\\s+(?:has|had|have)\\s+(?:more than\\s+|nearly\\s+|almost\\s+|roughly\\s+)?{multiplier:value}`, confidence: 0.7 },
  { id: 'users.growth.figure-percent', type: 'users.growth', keywords: ['figure', 'number', 'tally'], pattern: `\\b(?:a|the)\\s+(?:figure|number|tally|total|base)(?<=\\b(?:users?|subscribers?|use|uses|using|members|players|customers)\\b[^;]{1,200}?(?:figure|number|tally|total|base))\\s+(?:that|which)\\s+(?:has\\s+|had\\s+)?(?:rose|risen|grew|grown|jumped|climbed|increased|surged|soared|was\\s+up)\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|roughly\\s+|more\\s+than\\s+)?{percent:value}`, confidence: 0.7 },
];
