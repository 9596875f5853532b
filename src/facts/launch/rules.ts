// Product launches: what was launched, released, unveiled or rolled out, by whom (the company is
// the subject, from the sentence or the article), and when. Names are recognized products, quoted
// names, capitalised runs ("Open Lane", "Iris 2") or a noun phrase ending in a product word ("its
// 12-layer HBM3E chip", "a cheaper subscription called Vireo Lite" → Vireo Lite).
import type { RuleSpecInput } from '../../engine/rule-spec.js';

const DONE = '(?:launched|released|unveiled|introduced|rolled\\s+out|debuted|shipped|premiered|went\\s+live|launches|releases|unveils|introduces|rolls\\s+out|debuts)';
const BASE = '(?:launch|release|unveil|introduce|roll\\s+out|debut|ship|bring\\s+out|premiere)';
/** Words that make a lower-case noun phrase a product. */
const THING = '(?:model|models|app|apps|application|feature|features|service|services|product|products|device|devices|phone|phones|smartphone|smartphones|handset|chip|chips|processor|processors|platform|tool|tools|version|assistant|chatbot|game|games|edition|subscription|tier|console|car|cars|vehicle|vehicles|SUV|EV|update|browser|headset|glasses|laptop|tablet|watch|speaker|drone|robot|engine|API|SDK|service|card|wallet|kit|kits|show|store|marketplace|mode|family)';
/** A capitalised product name: "Galaxy Z Fold 6", "Aurum-3", "Iris 2", "Vireo Lite". */
const CAPS = "(?!(?:IPO|ETF|SPAC|CEO|CFO|MOU|Its|It|The|This|That|These|Those|Their|Our|His|Her|A|An|In|On|At|For|And|But|As|After|Before|Since|Last|Next|New|Its)\\b)(?:[A-Z][\\w.+'’-]*|[a-z]+[A-Z][\\w.+-]*)(?:\\s+(?:[A-Z0-9][\\w.+-]*|{count})){0,4}";
/** A name: a recognized product (with the capitalised words after it), a quoted name, or a capitalised run. */
const NAMED = `(?:[“"][^”"]{2,60}[”"]|{product}(?:\\s+(?:[A-Z0-9][\\w.+-]*|{count})){0,2}|{org}\\s+[A-Z][\\w.+-]*(?:\\s+[A-Z0-9][\\w.+-]*)?|${CAPS})`;
/** A lower-case noun phrase ending in a product word, which may hold capitalised words and numbers ("12-layer HBM3E chip"). */
/** A word of a product phrase: a plain word or a name with a suffix ("ChatGPT-powered", "12-layer"), never a joining word. */
const WORD = '(?:(?:{product}|{org}|{count})-?[\\w-]*|(?!(?:and|or|with|for|to|in|on|at|of|by|from|the|this|that|these|those|it|its|their)\\b)[\\w.+-]+)';
const PHRASE = `(?:${WORD}\\s+){1,4}${THING}\\b`;
/** The same, starting with a lower-case word or a number (a capitalised start is a name: see NAMED). */
const LOWER_PHRASE = `(?:(?!(?:and|or|with|for|to|in|on|at|of|by|from|the)\\b)[a-z0-9][\\w.+-]*|{count}-?[\\w-]*)\\s+(?:${WORD}\\s+){0,3}${THING}\\b`;
const KW = ['launch', 'releas', 'unveil', 'introduc', 'rolled out', 'rolls out', 'roll out', 'rollout', 'roll-out', 'debut', 'shipped', 'premiere', 'went live', 'goes live', 'came out', 'went on sale', 'goes on sale', 'go on sale', 'hit the shelves', 'hit shelves', 'hit stores', 'became available'];
const launch = { type: 'product.launch', value: { entity: 'name', entityType: 'product' }, keywords: KW } as const;
/** Words after a name that make it no product ("launched its Seoul office", "released its results"). */
const NOT_PRODUCT = '(?!\\s*(?:office|offices|headquarters|branch|campaign|round|fund|IPO|initiative|program|programme|investigation|probe|report|results|earnings|plan|plans|statement|guidelines|rules)\\b)';
/** The verb of a launch that happened, in either case at a sentence start. */
const DONE_CS = '(?:[Ll]aunched|[Rr]eleased|[Uu]nveiled|[Ii]ntroduced|[Rr]olled\\s+out|[Dd]ebuted|[Ss]hipped|[Ll]aunches|[Rr]eleases|[Uu]nveils|[Ii]ntroduces|[Rr]olls\\s+out|[Dd]ebuts)';

export const rules: RuleSpecInput[] = [
  // "the “ChatGPT-4o image generation” feature, launched on March 25", "Hanashi Line, launched on March 4",
  // "Fala Voz, a mode that lets users practise speaking, launched on June 10"
  // (A plural word opening the sentence is no product: "Results came out in May", "Figures released in March".)
  { ...launch, id: 'product.launch.named-launched-on', caseSensitive: true, pattern: `(?!(?<=^\\W{0,3})[A-Z][a-z]+s\\s)(?<name>${NAMED})(?:\\s+(?:[\\w-]+\\s+){0,2}?${THING})?(?:,\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,3}?${THING}(?:\\s+(?:for|aimed\\s+at|used\\s+by)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)?(?=\\s+(?:that\\s+was\\s+|which\\s+was\\s+|first\\s+)?(?:launched|released|unveiled|introduced|debuted))|,[^,;“”"]{0,120},|,)?\\s+(?:which\\s+was\\s+|that\\s+was\\s+|was\\s+|were\\s+|is\\s+|first\\s+|officially\\s+|originally\\s+)?(?:launched|released|unveiled|introduced|rolled\\s+out|debuted|went\\s+live|goes\\s+live|premiered|came\\s+out|went\\s+on\\s+sale|goes\\s+on\\s+sale|will\\s+go\\s+on\\s+sale|hit\\s+(?:the\\s+)?(?:shelves|stores)|became\\s+available)(?:\\s+in\\s+(?<scope>{anyplace}))?\\s+(?:on|in|last|earlier|this|at\\s+the\\s+(?:start|end|beginning)\\s+of|since)\\s+(?:{_}\\s+)?{date:time}`, confidence: 0.8 },
  // "Folio Comics and Panel Box, both launched in 2014": one fact per product
  { ...launch, id: 'product.launch.both-launched', keywords: ['both', 'each', 'all'], value: 'object', pattern: '(?<object>{name}(?:\\s*,\\s*{name}){0,4},?\\s+(?:and|&)\\s+{name}),?\\s+(?:both|all|each)\\s+(?:were\\s+)?(?:launched|released|debuted|introduced)\\s+(?:on|in)\\s+{date:time}', confidence: 0.75 },
  // (not "OpenAI’s newly launched image generation feature": an adjective, not a statement)
  // "launched Galaxy Z Fold 6 on …", "Telmio Japan launched Inkwell in 2017", "unveiled its “Gemini Live” feature",
  // "launched a cheaper subscription called Vireo Lite", "It launched its 12-layer HBM3E chip in April"
  { ...launch, id: 'product.launch.verb-name', caseSensitive: true, pattern: `\\b(?=[LlRrUuIiDdSs])(?<!(?:\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Oo]ur|[Hh]is|[Hh]er)|['’]s)\\s+(?:(?:newly|recently|just|freshly)\\s+)?)${DONE_CS}\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:new\\s+|latest\\s+|first\\s+|own\\s+|flagship\\s+|next-generation\\s+){0,2}(?:(?:[\\w-]+\\s+){0,4}?(?:called|named|dubbed|branded)\\s+)?(?<name>${NAMED}|{org}|${LOWER_PHRASE})(?:\\s+(?:(?:[\\w-]+\\s+){0,2}?${THING}|family\\s+of\\s+\\w+))?${NOT_PRODUCT}`, confidence: 0.7 },
  // "the launch of its Telmio generative AI chatbot in late 2023", "the debut of Open Lane"
  { ...launch, id: 'product.launch.launch-of', keywords: ['launch of', 'debut of', 'release of', 'rollout of', 'roll-out of', 'introduction of', 'unveiling of', 'premiere of'], caseSensitive: true, pattern: `\\b(?:launch|debut|release|rollout|roll-out|introduction|unveiling|premiere)\\s+of\\s+(?:its\\s+|the\\s+|their\\s+)?(?:new\\s+|first\\s+)?(?<name>${NAMED})${NOT_PRODUCT}(?:\\s+(?:[\\w-]+\\s+){0,3}?${THING})?(?:\\s+in\\s+{date:time})?`, confidence: 0.65 },
  // "signed up for Fala since it launched in 2020"
  { ...launch, id: 'product.launch.since-it-launched', keywords: ['since it', 'since its'], pattern: '(?<name>{product})[^.;]{0,60}?\\bsince\\s+(?:it|its)\\s+(?:was\\s+)?(?:launched|launch|debut|debuted|release|released)\\s+(?:in\\s+|on\\s+)?{date:time}', confidence: 0.7 },
  // "announced plans to release a new inference-capable AI model", "is set to introduce ChatGPT-powered features",
  // "would launch its video messaging service", "is expected to unveil the Galaxy S26 smartphone"
  { ...launch, id: 'product.launch.plans', caseSensitive: true, pattern: `\\b(?:[Pp]lans?|[Pp]lanning|set|[Aa]ims?|expected|preparing|going|intends?|will|would|should|to)\\s+(?:to\\s+)?(?:soon\\s+|also\\s+|officially\\s+)?(?:launch|release|unveil|introduce|roll\\s+out|debut|ship)\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+|the\\s+)?(?:new\\s+|first\\s+|own\\s+|next\\s+){0,2}(?<name>${PHRASE}|{product}|[“"][^”"]{2,60}[”"]|${NAMED}${NOT_PRODUCT})`, status: 'planned', confidence: 0.7 },
];
