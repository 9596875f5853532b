// Partnerships: one fact per partner, from "a partnership with X", "working with A, B and C",
// "signed an MOU with X", "A and B appear to be potential partners".
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const KW = ['partner', 'collaborat', 'cooperat', 'working with', 'work with', 'works with', 'alliance', 'mou', 'memorandum', 'agreement', 'deal with', 'tie-up', 'teamed', 'joint', 'joined forces', 'signed', 'contract', 'deal'];
const NOUN = '(?:partnerships?|alliances?|collaborations?|cooperation|tie-ups?|joint ventures?|pacts?|(?:\\w[\\w-]*\\s+)?(?:agreements?|deals?|contracts?)|MOUs?|memorand(?:um|a) of understanding(?:\\s*\\(MOU\\))?)';
const GROUP = '(?:(?:[\\w-]+|{anyplace}|{count})\\s+){0,4}?(?:companies|firms|corporations|players|partners|groups|conglomerates|brands|carriers|operators|giants|businesses|banks|startups|organisations|organizations|institutions)';

export const rules: RuleSpecInput[] = [
  // "a strategic partnership with Kakao", "signed an MOU with X", "in collaboration with local chat app operator Kakao"
  { id: 'partnership.noun-with', type: 'partnership', value: 'object', keywords: KW, pattern: `\\b${NOUN}(?:,?\\s+(?:signed\\s+|announced\\s+|agreed\\s+)?(?:in|on|last|this|earlier)\\s+(?:\\w+\\s+)?{date})?\\s+(?:with|between)\\s+{orgs:object}`, confidence: 0.8 },
  // "is in talks with Oracle about hosting its models": a partnership under discussion
  { id: 'partnership.in-talks', type: 'partnership', value: 'object', keywords: ['talks with', 'negotiations with', 'discussions with'], pattern: '\\b(?:in|holding|held|entered)\\s+(?:advanced\\s+|early\\s+|exclusive\\s+)?(?:talks|negotiations|discussions)\\s+with\\s+{orgs:object}(?!\\s+(?:to|about|over|on)\\s+(?:buy|acquire|sell|merge|take over|a takeover|an acquisition|a merger))', status: 'speculated', confidence: 0.65 },
  // "partnered with", "is working with", "teamed up with", "has collaborated with several major Korean companies, including A, B"
  { id: 'partnership.verb-with', type: 'partnership', value: 'object', keywords: KW, pattern: '\\b(?:partner(?:ed|ing|s)?|team(?:ed|ing|s)? up|work(?:ed|ing|s)?|collaborat(?:ed|ing|es|e)|cooperat(?:ed|ing|es|e)|join(?:ed|ing|s)? forces|ally|allied|tie[sd]? up|tying up)\\s+(?:closely\\s+)?with\\s+{orgs:object}', confidence: 0.75 },
  // "partnerships with leading Korean companies, including Kakao, SK Telecom …", "collaboration with … corporations such as Samsung and SK"
  { id: 'partnership.with-group-including', type: 'partnership', value: 'object', keywords: KW, pattern: `\\b(?:${NOUN}|partner(?:ed|ing|s)?|work(?:ed|ing|s)?|collaborat\\w*|cooperat\\w*)\\s+with\\s+${GROUP},?\\s+(?:including|such as|like|among them|notably)\\s+{orgs:object}`, confidence: 0.8 },
  // "He mentioned A, B and C as domestic corporations it is currently working with"
  { id: 'partnership.as-working-with', type: 'partnership', value: 'object', keywords: KW, pattern: `{orgs:object}\\s+as\\s+(?:its\\s+)?${GROUP}\\s+(?:that\\s+|which\\s+)?(?:it|they|the company)\\s+(?:is\\s+|are\\s+|has been\\s+)?(?:currently\\s+|already\\s+)?(?:working|works|partnering|partners|collaborating|cooperating)\\s+with`, confidence: 0.8 },
  // "A, B and C appear to be potential partners", "A is a key partner"
  { id: 'partnership.are-partners', type: 'partnership', value: 'object', keywords: ['partner'], pattern: '{orgs:object}\\s+(?:appear|appears|seem|seems|are seen|is seen|could be|are|is|were|was|would be|remain|remains)\\s+(?:to be\\s+|as\\s+)?(?:an?\\s+)?(?:potential|possible|likely|prospective|key|strategic|major|long-time|longtime|launch|technology|official)?\\s*partners?\\b', confidence: 0.7 },
  // "a cash-back scheme run with Horus Bank", "a credit card launched with X", "a model developed jointly with Y"
  { id: 'partnership.thing-made-with', type: 'partnership', value: 'object', keywords: ['run with', 'operated with', 'offered with', 'launched with', 'developed with', 'built with', 'designed with', 'jointly with', 'co-branded with'], pattern: '\\b(?:scheme|programme|program|service|card|wallet|product|venture|initiative|offering|plan|model|app|platform|fund)s?\\s+(?:(?:it|they|the\\s+company)\\s+)?(?:runs?|ran|run|operate[sd]?|offer(?:s|ed)?|launch(?:es|ed)?|develop(?:s|ed)?|buil[dt]s?|designed|co-branded)\\s+(?:jointly\\s+|together\\s+)?with\\s+{orgs:object}', confidence: 0.7 },
  // "signed agreements with five partners that will …: A, B and C", "two local clients as launch partners: A and B"
  { id: 'partnership.partners-colon', type: 'partnership', value: 'object', keywords: ['partners:', 'partners that', 'partners who', 'partners,'], pattern: '\\b(?:(?:{count}|several|three|four|five|six|seven|eight|nine|ten|two|a number of|a handful of|new|local|launch|founding|initial|first)\\s+)+(?:[\\w-]+\\s+){0,2}?partners\\b[^:.;"\u201c\u201d]{0,120}:\\s+{orgs:object}', confidence: 0.75 },
  // "partnerships … with SK, Samsung and others", "Future collaborations with tech giants such as A and B are being speculated"
  { id: 'partnership.with-such-as', type: 'partnership', value: 'object', keywords: KW, pattern: `\\b${NOUN}\\s+with\\s+(?:(?:[\\w-]+|{anyplace})\\s+){1,4}?(?:such as|including|like)\\s+{orgs:object}`, confidence: 0.75 },
];
