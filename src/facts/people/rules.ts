// People and their roles: appositions ("Jason Kwon, OpenAI's chief strategy officer"), titles before
// names ("OpenAI CEO Sam Altman", "President Lee Jae-myung") and "founded by A and B".
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const CORE =
  "(?:chief\\s+(?:[\\w-]+\\s+){0,2}?officer(?:\\s*\\([A-Z]{2,5}\\))?|chief\\s+executive(?:\\s+officer)?|[A-Z]?C[A-Z]O\\b|co-?CEO|president|chairman|chairwoman|chairperson|chair|co-?founder|founder|managing\\s+director|general\\s+manager|country\\s+manager|director(?:-general)?|head(?:\\s+of\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+(?=[,\\s]))?|general\\s+partner|managing\\s+partner|partner|prime\\s+minister|minister(?:\\s+of\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)?|secretary|undersecretary|governor|mayor|analyst|spokes(?:person|man|woman)|executive\\s+director|vice\\s+president|SVP|EVP|VP|principal|professor|lead\\s+investor|owner)";
const MOD = "(?:(?:former|then|acting|interim|deputy|vice|senior|executive|global|regional|co-|founding|government|group)[\\s-]+)*";
export const TITLE = `(?<title>${MOD}${CORE}(?:\\s*(?:and|&|,)\\s*${MOD}${CORE}){0,2})`;
const KW = ['officer', 'ceo', 'cfo', 'cto', 'coo', 'cso', 'cmo', 'president', 'chair', 'founder', 'director', 'head', 'partner', 'minister', 'secretary', 'governor', 'mayor', 'analyst', 'spokes', 'vp', 'chief', 'manager', 'principal', 'professor', 'owner', 'executive'];
const ORG = '(?:{org:object}|(?<object2>{place}))';

export const rules: RuleSpecInput[] = [
  // "Jason Kwon, OpenAI's chief strategy officer (CSO)", "Kohei Obara, Netflix’s head of anime"
  { id: 'person.role.name-org-title', type: 'person.role', value: { text: 'title' }, keywords: KW, pattern: `{person:subject},\\s+(?:the\\s+)?${ORG}(?:['’]s)?\\s+${TITLE}`, object: 'object', confidence: 0.9 },
  // "Chung Shina, CEO of Kakao", "Gopal Srinivasan, chairman and managing director at TVS Capital Funds"
  { id: 'person.role.name-title-of-org', type: 'person.role', value: { text: 'title' }, keywords: KW, pattern: `{person:subject},\\s+(?:the\\s+|a\\s+|an\\s+|who\\s+is\\s+(?:the\\s+)?)?${TITLE}\\s+(?:of|at|for|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?${ORG}`, object: 'object', confidence: 0.9 },
  // "OpenAI CEO Sam Altman", "Krafton Chief Executive Kim Chang-han", "Kakao founder Kim Beom-su"
  { id: 'person.role.org-title-name', type: 'person.role', value: { text: 'title' }, keywords: KW, pattern: `${ORG}(?:['’]s)?\\s+(?:[\\w-]+\\s+)?${TITLE}\\s+{person:subject}`, object: 'object', confidence: 0.9 },
  // "Chief Strategy Officer (CSO) of OpenAI" after the name: "Jason Kwon, Chief Strategy Officer (CSO) of OpenAI"
  // "President Lee Jae-myung", "Chief Strategy Officer Jason Kwon": the organisation is the article's (refine/subject)
  { id: 'person.role.title-name', type: 'person.role', value: { text: 'title' }, keywords: KW, caseSensitive: true, pattern: `(?<![\\w’'-]\\s)(?<![A-Za-z])(?:[Tt]he\\s+)?(?<title>(?:(?:Former|Acting|Interim|Deputy|Vice|Senior|Executive|Co-|Prime|Government)[\\s-]+)*(?:Chief\\s+(?:[A-Z][\\w-]+\\s+){0,2}?Officer|Chief\\s+Executive|CEO|CFO|CTO|COO|CSO|President|Chairman|Chairwoman|Founder|Co-founder|Managing\\s+Director|Minister|Secretary|Undersecretary|Governor|Mayor|Director|Head\\s+of\\s+(?:[A-Z][\\w-]+\\s+){0,2}))\\s+{person:subject}`, confidence: 0.75 },
  // "Jane Doe, founder and CEO" with no organisation: the article's company (refine/subject)
  { id: 'person.role.name-title', type: 'person.role', value: { text: 'title' }, keywords: KW, pattern: `{person:subject},\\s+(?:the\\s+|its\\s+|their\\s+|the\\s+company['’]s\\s+|the\\s+firm['’]s\\s+)?${TITLE}(?=\\s*[,.;)]|\\s+(?:said|says|told|added|noted|wrote|stated))`, confidence: 0.7 },
  // "Helsing, founded in 2021 by … Gundbert Scherf and … Niklas Köhler", "co-founded by A and B"
  { id: 'person.role.founded-by', type: 'person.role', value: { text: 'title' }, keywords: ['founded'], pattern: '(?:{org:object}(?:,)?{__})?\\b(?<title>(?:co-)?found)ed\\s+(?:in\\s+{date}\\s+)?by\\s+(?<subject>(?:[^.;]{0,80}?{person})(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)[^.;,]{0,60}?{person}){0,4})', subject: 'subject', object: 'object', qualifiers: { title: 'founder' }, confidence: 0.75 },
  // "Ek co-founded Prima Materia in 2020 with Shakil Khan", "she founded Acme"
  { id: 'person.role.founded-org', type: 'person.role', value: { text: 'title' }, keywords: ['founded'], pattern: '{person:subject}(?:,[^,]{0,60},)?\\s+(?<title>(?:co-)?found)ed\\s+{org:object}', object: 'object', confidence: 0.8 },
];
