// Users: daily, weekly, monthly active, total, paid, and growth. Subject: the product (refine/subject).
import type { RuleSpecInput } from '../../engine/rule-spec.js';

// A count that is not a threshold ("the 1 million mark").
const N = '{count:value}(?!\\s+(?:mark|milestone|threshold|level|barrier)\\b)';
const REACH = '(?:of|at|to|reached|reaching|hit|hitting|topped|topping|surpassed|surpassing|crossed|crossing|exceeded|exceeding|passed|stood at|stands at|was|were|is|are|totall?ed|jumped to|rose to|grew to|climbed to|increased to|of about|of around|of over|to more than|to over)';

function metric(type: string, id: string, words: string, keywords: string[]): RuleSpecInput[] {
  return [
    // "400 million weekly active users", "139 million mDAUs"
    { id: `${id}.count-before`, type, keywords, pattern: `${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:${words})\\b`, confidence: 0.85 },
    // "MAU of 5 million", "daily active user (DAU) count of 1,252,925", "weekly users reached 2 million"
    { id: `${id}.count-after`, type, keywords, pattern: `(?:${words})(?:\\s*\\([^)]{1,12}\\))?(?:\\s+(?:count|figure|number|base|tally))?\\b{_}(?:{count}\\s+(?:mark|milestone|threshold|level)\\b{_})?${REACH}\\s+(?:the\\s+)?(?:a\\s+)?(?:new\\s+)?(?:record\\s+(?:of\\s+)?)?${N}`, confidence: 0.85 },
    // "monthly active users (MAUs), which jumped to 139 million"
    { id: `${id}.which`, type, keywords, pattern: `(?:${words})(?:\\s*\\([^)]{1,12}\\))?[”"]?,?\\s+which\\s+(?:[\\w-]+\\s+){0,3}?${N}`, confidence: 0.8 },
    // "with 330 million" after the metric word in the same clause: "MAU … with 330 million"
    { id: `${id}.with`, type, keywords, pattern: `(?:${words})\\b[^,;${'\uE000'}]{0,60}?\\bwith\\s+${N}`, confidence: 0.7 },
  ];
}

const DAILY = 'daily active users?|daily users|(?:monetizable|monetisable) daily active users?|m?DAUs?|daily active user|users (?:each|every|per|a) day';
const WEEKLY = 'weekly active users?|weekly users|WAUs?';
const MONTHLY = 'monthly active users?|monthly users|monthly actives|MAUs?';

export const rules: RuleSpecInput[] = [
  ...metric('users.daily_active', 'users.dau', DAILY, ['daily', 'dau', 'each day', 'per day', 'a day', 'every day']),
  ...metric('users.weekly_active', 'users.wau', WEEKLY, ['weekly', 'wau']),
  ...metric('users.monthly_active', 'users.mau', MONTHLY, ['monthly', 'mau']),
  // "1.25 million users … each day"
  { id: 'users.dau.users-each-day', type: 'users.daily_active', keywords: ['day'], pattern: `${N}\\s+(?:[\\w-]+\\s+){0,2}?users\\b{__}\\b(?:each|every|per|a) day\\b`, confidence: 0.75 },
  // Paid: "7 million paid subscribers", "subscribers passed 10 million", "with 3.6 million subscribers"
  { id: 'users.paid.count-before', type: 'users.paid', keywords: ['subscri', 'paying', 'paid', 'premium'], pattern: `${N}\\s+(?:[\\w-]+\\s+){0,2}?(?:paid|paying|premium)?\\s*(?:subscribers|subscriptions|paying (?:users|customers)|paid (?:users|accounts)|premium (?:users|members|subscribers))\\b`, confidence: 0.8 },
  { id: 'users.paid.count-after', type: 'users.paid', keywords: ['subscri', 'paying', 'paid', 'premium'], pattern: `(?:(?:paid|paying|premium)\\s+(?:[\\w-]+\\s+)?(?:subscribers|users|customers|members)|subscribers|subscriber base|subscriptions)\\b{_}${REACH}\\s+(?:the\\s+)?${N}`, confidence: 0.8 },
  // "second-largest number of paid subscribers", "the most paid users", "largest number of paying subscribers outside the US"
  { id: 'users.paid.rank', type: 'users.paid', keywords: ['paid', 'paying', 'subscri', 'premium'], pattern: `{rank:value}\\s+(?:number\\s+of\\s+|base\\s+of\\s+)?(?:[\\w-]+\\s+){0,2}?(?:paid|paying|premium)\\s+(?:{product}\\s+)?(?:subscribers|users|customers|members|accounts)`, confidence: 0.8 },
  // Total: "app users … surpassed 12 million", "has 60 million users", "5 million developers"
  { id: 'users.total.count-after', type: 'users.total', keywords: ['users', 'user base', 'customers', 'members', 'players', 'developers', 'accounts'], pattern: `(?:number of|total)\\s+(?:[\\w-]+\\s+){0,2}?(?:{product}\\s+)?(?:[\\w-]+\\s+)?(?:users|customers|members|players|accounts)\\b{__}${REACH}\\s+(?:the\\s+)?${N}`, confidence: 0.75 },
  { id: 'users.total.count-before', type: 'users.total', keywords: ['users', 'customers', 'members', 'players', 'developers', 'accounts'], pattern: `(?:has|had|have|with|of|boasts|counts|serves|reached|surpassed|crossed|topped|hit|passed|approaching|now|than|over|to)\\s+${N}\\s+(?:registered\\s+|total\\s+|active\\s+|app\\s+|global\\s+|[A-Z][\\w-]+\\s+)?(?:users|customers|members|players|developers|accounts)\\b(?!\\s+(?:each|every|per|a) day)`, caseSensitive: true, confidence: 0.7 },
  // Growth: "weekly users quadrupled", "users grew 40%", "MAUs grew 27 percent year-on-year", "subscriber base has doubled"
  { id: 'users.growth.multiplier', type: 'users.growth', keywords: ['users', 'subscriber', 'user base', 'maus', 'daus'], pattern: `(?<metric>(?:(?:weekly|monthly|daily|paid|paying|premium|active|total)\\s+)*(?:{product}\\s+)?(?:users|subscribers|subscriber base|user base|MAUs|DAUs|customers))\\b{__}\\b(?:has\\s+|have\\s+|had\\s+)?{multiplier:value}`, qualifiersFrom: { metric: 'metric' }, confidence: 0.8 },
  { id: 'users.growth.percent', type: 'users.growth', keywords: ['users', 'subscriber', 'user base', 'maus', 'daus'], pattern: `(?<metric>(?:(?:weekly|monthly|daily|paid|paying|premium|active|total)\\s+)*(?:{product}\\s+)?(?:users|subscribers|subscriber base|user base|MAUs|DAUs|customers))(?:\\s*\\([^)]{1,12}\\))?\\s+(?:grew|rose|increased|jumped|climbed|were up|was up|surged|expanded|up)\\s+(?:by\\s+)?{percent:value}`, qualifiersFrom: { metric: 'metric' }, confidence: 0.8 },
];
