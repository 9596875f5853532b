// Word lists for the name recognizer: cues, not names. All keys are lower case.
import type { EntityType } from '../../names/gazetteer.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Capitalised words trimmed from the edges of a capitalised run: function words, sentence openers,
 * months, days and page furniture ("The", "However", "According", "March", "Read").
 */
export const STOP = set(`
a an the this that these those there here it its it's he she they we i you me my our your his her their them us
in on at for from by with without within into onto over under after before during while when where why what who whom
whose which how if but and or nor so yet as of to about above below between among amid across against along around
also although though however meanwhile moreover furthermore nevertheless nonetheless therefore thus hence instead
according despite since until unlike like including regarding following given considering concerning amongst via per
last next earlier recently currently previously today tomorrow yesterday tonight now then still even only just
already again ever never always often sometimes soon once yes no not all any both each every few many more most much
other others several some such same own one two three four five six seven eight nine ten
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
read share click subscribe related advertisement sponsored courtesy updated editing reporting additional
what's here's there's that's let's don't can't won't isn't
dear hello hi thanks thank please asked starting continued rumours rumors
rival rivals archrival existing fellow former ex competitor competing longtime long-time
nobody everybody everyone somebody someone anybody anyone none either neither nothing everything something
`);

/**
 * Capitalised words that are no name on their own (generic nouns, adjectives, common acronyms), though
 * they may be part of one ("Mobile Index", "Central Bank").
 */
export const GENERIC = set(`
total first second third fourth fifth final hundred thousand million billion trillion dozens
new big top key major global local national international regional domestic foreign overseas
more less best worst latest early late high low full half
north south east west northern southern eastern western central
internet web online digital mobile cloud data ai api apis app apps ip it ict iot
revenue revenues sales profit profits income earnings loss losses margin margins growth demand supply supplies
shares share stock stocks bonds prices costs cost rates rate inflation exports imports output production
spending investment investments funding debt deals deal orders shipments deliveries downloads traffic
licensing merchandise merchandising advertising subscriptions royalties consulting
usage adoption competition pressure interest interests concerns talks plans efforts results figures data numbers
analysts investors officials executives employees workers staff regulators lawmakers critics experts observers
consumers customers clients users subscribers viewers readers players fans developers engineers researchers
scientists students teachers parents residents citizens voters members rivals competitors shareholders
traders economists banks companies firms startups brands retailers manufacturers suppliers sellers buyers
merchants drivers riders farmers doctors patients tourists visitors sources insiders authorities governments
industry markets market economy economies sector technology technologies software hardware services products
smartphones phones devices chips semiconductors batteries vehicles cars robots drones satellites platforms apps
content games films shows music media advertising marketing security privacy safety health education energy
research development innovation infrastructure operations management leadership strategy policy policies law laws
rules regulation regulations tariffs taxes subsidies incentives support opposition employment jobs
hiring layoffs wages salaries pay prices expansion acquisition acquisitions mergers partnerships collaboration
cooperation agreement agreements contract contracts licence license licences licenses approval approvals
domestic overall net gross operating annual quarterly monthly weekly daily average median total combined
worldwide nationwide countrywide statewide citywide globally
several various numerous major leading top key chief senior junior former current future recent previous next
strong weak solid robust higher lower rising falling growing slowing steady stable flat mixed positive negative
private public foreign local global national regional international overseas online offline
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen
mou dau mau wau kpi gdp ipo m&a r&d vc pe esg ev evs pc tv gpu gpus cpu cpus hbm dram nand llm llms saas b2b b2c
ar vr xr ux ui os pdf url usb wifi wi-fi 5g 4g lte nft nfts crypto fintech edtech healthtech
government governments ministry ministries company companies group groups corporation corporations firm firms
industry industries market markets sector sectors business businesses office offices university universities
bank banks agency agencies commission council committee board party state states city cities country countries
province region district court parliament congress senate assembly police army navy
president chairman chairwoman chair chief executive officer director minister secretary founder cofounder
co-founder head manager partner analyst spokesperson spokesman spokeswoman
inc corp co ltd llc plc
series round phase stage version edition chapter part section article page
people person man woman men women user users customer customers news
photo photos image images file video videos source sources note notes update editor copyright rights reserved
story stories breaking exclusive opinion analysis interview q&a faq
`);

/** Months and weekdays (never names on their own). */
export const MONTHS_DAYS = set(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`);

/** Lower-case words joining capitalised words inside one name ("Bank of America", "Ropes & Gray"). */
export const CONNECTORS = set(`of & and de del della di da do dos das du des van von der den la le al bin ibn y e für zu for`);
/** Connectors that belong to personal names ("Ursula von der Leyen"). */
export const NAME_PARTICLES = set(`de del della di da do dos das du van von der den la le al bin ibn`);

/** Words that start an organisation name followed by "of": "Ministry of Justice", "Bank of Korea". */
export const OF_HEADS = set(`
ministry department bank university institute bureau office government republic association federation council
board academy college school chamber commonwealth agency commission authority administration museum society
centre center league union kingdom state states federal court house church order army navy corps fund foundation
organisation organization conference committee hospital embassy consulate province city port
`);

/** Last words that make a capitalised span an organisation: "Latent Labs", "SK Telecom". */
export const ORG_HEADS = set(`
electronics microelectronics optoelectronics photonics telecom telecommunications telecoms group bank capital ventures venture partners technologies
technology tech labs lab laboratories laboratory motors motor holdings holding securities airlines airways
airline air university institute institution ministry agency commission fund funds party systems software networks
network communications pharmaceuticals pharmaceutical pharma biologics biosciences bioscience biotech therapeutics
entertainment studios studio games gaming media investments investment industries industrial financial finance
insurance energy robotics semiconductor semiconductors solutions services association foundation council
authority bureau department corporation company enterprise enterprises cloud research analytics dynamics
interactive payments pay bancorp trust management advisors advisers advisory consulting consultants hospital
court parliament assembly committee board union federation corps police exchange markets brands foods
chemical chemicals steel electric heavy construction engineering automotive auto autos vehicles trucks aerospace logistics mobility
diagnostics imaging devices instruments medtech
health healthcare medical clinic times post journal herald tribune gazette daily news magazine press tv radio
broadcasting network records pictures films music publishing publishers bio intelligence security defense
defence shipping shipbuilding petroleum oil gas power utilities realty properties property land development
developers global international worldwide asia america europe japan korea
center centre school college academy league club team office
`);

/** Org heads that also end product names ("Apple Pay", "Google Cloud", "Apple TV"): weak evidence. */
export const SOFT_ORG_HEADS = set(`pay cloud tv radio music games gaming health mobility news media studio studios
interactive network intelligence security analytics air`);

/** Org heads that do not make an org when they are the only word or follow a generic adjective. */
export const GENERIC_HEADS = set(`global international worldwide asia america europe japan korea office`);

/** First words that make an org: "Bank Jago", "Studio Ghibli", "PT Aplikasi …". */
export const ORG_FIRST = set(`bank banco banca studio studios pt cv club`);

/** Last words that make a place: "Gwangjin District", "Gyeonggi Province". */
export const PLACE_HEADS = set(`district province prefecture county state city island islands peninsula valley bay
coast river mountains mountain lake region territory municipality borough township village town gu dong si do gun eup myeon`);

/** Korean administrative suffixes after a hyphen: "Neung-dong", "Gangnam-gu". */
export const KOREAN_ADMIN = /^\p{Lu}[\p{Ll}]+-(?:dong|gu|si|do|gun|eup|myeon|ro|gil)$/u;

/** Title words that head a role: "CEO", "President", "Chief … Officer". */
export const TITLE_HEADS = set(`
ceo cfo cto coo cso cmo cio cpo cro ciso cdo chro cco vp svp evp
co-ceo co-cfo co-president co-chair co-chairman co-founder cofounder co-head
president chairman chairwoman chairperson chair officer executive director minister secretary undersecretary
under-secretary governor mayor senator congressman congresswoman lawmaker representative founder head leader
analyst professor manager spokesperson spokesman spokeswoman ambassador commissioner chancellor premier
vice-president vice-chairman economist strategist counsel treasurer deputy partner trustee
superintendent judge prosecutor attorney
`);

/** Words that may sit inside a title before its head: "Chief Strategy Officer", "Foreign Minister". */
export const TITLE_MODS = set(`
chief vice senior executive managing deputy prime general global regional country acting interim former founding
joint independent non-executive associate assistant principal lead corporate group strategy strategic technology
technical financial finance operating operations marketing product products revenue information security sales
business communications commercial creative digital data people legal research science scientific investment
development growth customer human resources content design engineering innovation ai foreign trade economy
economic industry industrial defense defence interior health education transport transportation energy environment
labor labour agriculture commerce justice culture tourism ict land infrastructure welfare employment startups
smes finance treasury home state communication policy public affairs external government sustainability risk
compliance investor relations partnerships platform platforms services solutions brand emeritus honorary co
`);

/** Honorifics before a personal name. */
export const HONORIFICS = set(`mr mr. ms ms. mrs mrs. dr dr. prof prof. sir dame lord lady`);

/** Person-name suffixes. */
export const NAME_SUFFIXES = set(`jr jr. sr sr. ii iii iv v`);

/** Department words after "Head of" / "Minister of" that belong to the title, not an employer. */
export const TITLE_DEPARTMENTS = set(`
sales marketing finance justice state science research engineering product products operations strategy
communications policy public global asia international partnerships business technology ai data design
security trade industry economy health education defense defence foreign affairs commerce culture
transport energy environment labor labour agriculture interior treasury growth content people legal
digital innovation ict startups and the
`);

/** Lower-case words just before a name that make it an organisation ("game developer Krafton"). */
export const LEFT_ORG = set(`
giant giants developer developers publisher publishers startup start-up startups rival rivals chipmaker chipmakers
carrier carriers company companies firm firms maker makers operator operators provider providers retailer retailers
lender lenders bank banks insurer insurers automaker automakers carmaker carmakers unicorn unicorns conglomerate
conglomerates subsidiary subsidiaries affiliate affiliates unit parent competitor competitors peer peers fintech
outfit outfits incubator accelerator exchange regulator regulators watchdog supplier suppliers vendor vendors
manufacturer manufacturers broadcaster broadcasters corporation corporations group brand brands agency agencies
fund funds backer backers studio studios lab labs laboratory telco telcos airline airlines owner chaebol
platform platforms marketplace network newspaper daily outlet outlets venture ventures enterprise enterprises
behemoth heavyweight titan juggernaut powerhouse player players leader challenger newcomer spinoff spin-off
joint-venture organisation organization organisations organizations institution institutions university
foundation nonprofit non-profit charity association consortium cooperative co-op partner partners investor
investors vc vcs shareholder shareholders acquirer buyer seller holding holdings distributor distributors
wholesaler wholesalers reseller resellers integrator integrators licensee franchisee brokerage broker brokers chain
chains shipper miner miners refiner utility utilities drugmaker drugmakers automaker steelmaker steelmakers
`);

/** Of LEFT_ORG, the words that also describe people ("early investor Shakil Khan", "partner Eric Friedman"). */
export const LEFT_AMBIGUOUS = set(`partner partners investor investors backer backers shareholder shareholders leader player owner buyer seller founder co-founder cofounder`);

/** Lower-case words just before a name that make it a person. */
export const LEFT_PERSON = set(`
ceo co-ceo cfo cto coo cso cmo cio cpo vp svp evp founder co-founder cofounder president chairman chairwoman
chairperson executive officer director minister secretary undersecretary analyst analysts researcher researchers
official officials spokesperson spokesman spokeswoman professor economist scientist engineer lawyer attorney
judge senator governor mayor lawmaker legislator representative entrepreneur billionaire reporter journalist
head manager leader chief premier commissioner ambassador chancellor strategist expert adviser advisor consultant
designer programmer actor actress singer artist author writer columnist editor producer director-general
veteran colleague boss deputy aide staffer employee employees worker candidate nominee chair co-chair vice-president
dr mr ms mrs
`);

/** Lower-case words just before a name that make it a product ("messaging app KakaoTalk"). */
export const LEFT_PRODUCT = set(`app apps application chatbot chatbots model models browser smartphone smartphones phone
handset console game games title titles franchise assistant feature features service services software tool tools
device devices chip chips processor processors engine series show drama film movie webtoon manga anime
subscription tier plan product products offering`);

/** Plural nouns before "such as" / "including" / "like" and the type they give the names that follow. */
export const LIST_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`companies corporations firms investors backers partners rivals competitors players giants startups
    banks funds operators carriers providers platforms makers studios developers publishers groups conglomerates
    lenders insurers automakers carmakers chipmakers participants names brands institutions organisations
    organizations universities agencies vcs shareholders retailers telcos airlines manufacturers suppliers vendors
    clients customers peers outfits unicorns labs businesses enterprises corporates chaebols`)].map((w) => [w, 'org'] as [string, EntityType]),
  ...[...set(`cities countries markets locations regions nations places hubs capitals economies territories states
    provinces destinations`)].map((w) => [w, 'place'] as [string, EntityType]),
  ...[...set(`apps services products models games titles features devices chatbots tools assistants browsers
    smartphones phones consoles franchises shows series films dramas webtoons`)].map((w) => [w, 'product'] as [string, EntityType]),
  ...[...set(`executives officials founders co-founders cofounders leaders figures people ceos speakers analysts
    researchers scientists entrepreneurs billionaires politicians lawmakers ministers engineers employees directors
    managers bankers lawyers economists journalists academics professors doctors`)].map((w) => [w, 'person'] as [string, EntityType]),
]);

/** "partnership with X", "acquisition of X", "stake in X": the preposition and the words before it. */
export const ORG_BEFORE_WITH = set(`forces partnership partnerships partnered partnering partner partners collaboration
collaborations collaborating collaborated collaborate cooperation cooperating cooperate cooperated agreement
agreements deal deals contract contracts ties talks merger merge merging merged alliance venture working works
worked work teamed team competing compete competes competition rivalry mou memorandum integration tie-up jv`);
export const ORG_BEFORE_OF = set(`acquisition acquisitions takeover purchase shares stake subsidiary unit affiliate parent
division arm owner rival competitor shareholder shareholders investor investors ceo founder co-founder chairman
president head executive chief officer director employees staff spokesperson spokesman spokeswoman
customers clients users subscribers board headquarters`);
export const ORG_BEFORE_IN = set(`stake stakes invest invested investing investment investments shares`);
export const PLACE_BEFORE_IN = set(`based headquartered located office offices hub branch branches headquarter
headquarters campus center centre factory plant facility facilities lab`);
export const ORG_BEFORE_BY = set(`backed funded owned acquired bought financed operated run developed made built
published produced sponsored controlled led founded co-founded cofounded`);
/** Of ORG_BEFORE_BY, those that also take people. */
export const BY_AMBIGUOUS = set(`led founded co-founded cofounded backed funded run owned`);
export const ORG_VERBS_BEFORE = set(`acquire acquired acquires acquiring buy buys bought buying join joined joins joining
left leaving quit sued sue sues suing founded co-founded cofounded overtook overtaken overtake overtakes
overtaking outsold outpaced dethroned`);
export const ORG_AT_AFTER = set(`executive executives engineer engineers employee employees staff officer official
officials director manager analyst researcher scientist partner head worked works working job jobs role career
stint spokesperson spokesman spokeswoman`);

/** Lower-case nouns right after a name that make it an organisation ("Kakao engineers"). */
export const RIGHT_ORG = set(`engineers executives officials shares stock stocks spokesperson spokesman spokeswoman
statement founder co-founder cofounder chief ceo co-ceo cfo cto coo cso president chairman chairwoman investor
investors subsidiary subsidiaries affiliate affiliates unit units headquarters employees staff board boss
workers researchers scientists analysts executive management shareholders stake chairperson vp`);
/** After a possessive, these too: "Nexon's portfolio", "Krafton's revenue". */
export const RIGHT_ORG_POSS = new Set([...RIGHT_ORG, ...set(`revenue revenues profit profits earnings portfolio
valuation website operating net sales market share first second third fourth fifth sixth seventh eighth ninth
tenth largest biggest latest flagship newest head chief ceo cfo cto coo cmo cpo founder co-founder cofounder
president chairman chairwoman vice executive managing general app apps platform users customers subscribers`)]);
/** Lower-case nouns right after a name that make it a product ("ChatGPT app"). */
export const RIGHT_PRODUCT = set(`app apps application chatbot model models browser smartphone smartphones handset
console assistant feature features subscription plugin extension`);

/** Nouns of an appositive (", a South Korean internet company") and the type they give. */
export const APPOSITIVE_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...set(`company firm startup start-up maker developer publisher operator provider platform giant group
    conglomerate unicorn lender bank insurer fund carrier retailer chipmaker automaker carmaker subsidiary affiliate
    unit parent rival competitor outfit studio lab laboratory agency regulator broadcaster manufacturer supplier
    vendor corporation enterprise exchange marketplace network newspaper outlet organisation organization
    institution university foundation association consortium vehicle entity arm division business brand
    heavyweight powerhouse player telco airline investor backer firm's company's newcomer challenger upstart
    utility distributor wholesaler e-tailer`)].map((w) => [w, 'org'] as [string, EntityType]),
  ...[...set(`executive official founder co-founder cofounder chairman chairwoman president director minister
    secretary analyst researcher scientist engineer professor spokesperson spokesman spokeswoman economist
    entrepreneur billionaire veteran lawyer attorney partner speaker manager adviser advisor strategist
    journalist reporter politician lawmaker native investor-turned`)].map((w) => [w, 'person'] as [string, EntityType]),
  ...[...set(`city capital town country nation province region state island district port metropolis hub`)].map((w) => [w, 'place'] as [string, EntityType]),
  ...[...set(`app service chatbot model game title franchise device smartphone console browser feature tool
    assistant product mode offer offering version edition tier plan kit robot drone handset laptop tablet headset
    wearable program programme chip processor library framework subscription bundle package show drama film movie
    series webtoon manga`)].map((w) => [w, 'product'] as [string, EntityType]),
]);

/** Verbs after a bare one-word name that say it is an organisation ("Wayve announced"). */
export const ORG_VERBS_AFTER = set(`
announced announces announce launched launches launch unveiled unveils unveil acquired acquires acquire raised
raises raise reported reports posted posts invested invests invest hired hires hire opened opens open operates
operate operated employs employ employed released releases release filed files file secured secures secure closed
closes signed signs sign partnered partners partner teamed team listed lists list shipped ships ship debuted debuts
debut rolled rolls roll introduced introduces introduce agreed agrees agree plans planned plan aims aimed aim
generated generates celebrates celebrated recorded records earned earns booked books merged merge merges
valued founded bought buys sold sells struck strikes inked inks expanded expands owns owned controls develops developed
provides offers offered received receives completed completes entered enters joined joins confirmed confirms intends
established establishes establish expanded expands expand built builds build entered enters enter picked picks
pick chose chooses choose selected selects select runs ran run inked inks ink combined combines combine completed
completes complete formed forms form joined joins join bought buys buy sold sells sell supplies supplied supply
delivered delivers deliver develops developed develop makes made make produces produced produce offers offered
offer provides provided provide serves served serve won wins win struck strikes strike set sets spun spins
deepened deepens deepen cut cuts laid lays acquired sued sues sue relocated relocates relocate moved moves
expects expected forecasts forecast holds held commands commanded captures captured claims claimed
dominates dominated overtook overtaken overtakes outsold outsells outpaced outpaces trails trailed
`);

/** Auxiliaries and adverbs allowed between a name and a verb cue ("Quorvex will merge", "Lattice now runs"). */
export const AUXILIARIES = set(`will would could can may might shall should must has have had is are was were also
now already recently previously currently reportedly officially quietly just first later then soon still again
formally finally jointly newly`);

/** Verbs before a name that say it is a product ("launched Atlas 3"). */
export const PRODUCT_VERBS_BEFORE = set(`launched launches launch launching unveiled unveils unveil unveiling released
releases release releasing introduced introduces introduce debuted debuts debut shipped ships`);
/** "debut of X", "launch of X": a product. */
export const PRODUCT_BEFORE_OF = set(`debut launch release rollout roll-out introduction version update successor
predecessor sequel`);

/** Verbs after a personal name's shape that say it is a person ("Otto Kessler chairs the board"). */
export const PERSON_VERBS_AFTER = set(`chairs chaired resigned resigns retired retires founded co-founded cofounded
tweeted stepped steps became becomes joined joins heads headed leads led succeeded succeeds replaced replaces died
testified wrote writes`);

/** Verbs linking a name to a title: "X became CEO", "X was named chief executive". */
export const TITLE_LINKS = set(`became becomes is was remains remained named appointed serves served joined`);

/** Speech verbs before a name ("said Gopal Srinivasan"). */
export const SPEECH_BEFORE = set(`said says added adds wrote writes stated states noted notes explained explains
commented continued concluded stressed emphasized emphasised`);

/** Speech verbs after a name ("Kwon said"). */
export const SPEECH_VERBS = set(`said says told added adds stated states noted notes explained explains wrote writes
commented comments recalled argued argues stressed stresses emphasized emphasised emphasizes emphasises declined
insisted insists warned warns acknowledged acknowledges remarked continued concluded asked replied answered
highlighted highlights cited cites mentioned mentions predicted predicts`);

/** Common given names (general knowledge) for "First Last" spans without any other cue. */
export const GIVEN_NAMES = set(`
aaron abdul hannah anja bjorn björn elena erik fredrik greta hanna ingrid jonas kasper lars lena linnea magnus mira
mikko nils olaf otto per ragnar sigrid sofie stefan tobias ulla aiko haruto hina kaito mei ren sakura sota yui yuna
aarav advait ananya arnav diya ishaan kavya rohan saanvi vihaan chidi chinedu kwame kofi amara ngozi tunde zainab
ayodele mateo santiago valentina camila sebastián martín lucía joão tiago beatriz abdullah abhishek adam aditya adrian ahmed ahmad aisha ajay akash akio akira alan albert alberto alejandro
alex alexander alexandra alexis alfred ali alice alicia alison amanda amber amit amy ana anand anders andre andrea
andreas andrew andy angela angelo anil anita ankit ann anna anne anthony anton antonio anu arjun arnold arthur arun
ashish ashley atsushi barbara ben benjamin bernard beth betty bill bob brad bradley brandon brent brett brian bruce
bruno bryan byung-chul caitlin cameron carl carla carlos carmen carol caroline catherine cathy chad charles charlie
chen cheng chris christian christina christine christopher chul claire claudia colin connor craig cristina cynthia
dae-jung daisuke dan daniel daniela danielle darren dave david dawn dean deborah debra deepak dennis derek diana diane
diego dinesh dmitry dominic don donald donna doug douglas dylan ed eddie edward elena elizabeth ellen emily emma eric
erik erin ethan eugene eun-ji fabio faisal fatima felipe felix fernando florian frances francesca francis francisco
frank fred frederick gabriel gabriela gary gautam gavin george georg gerald gerhard gina giovanni giuseppe glenn gopal
gordon grace greg gregory guillaume gustavo hans harold harry harsh hassan heather hector helen henry hideo hiroshi
hiroki hiroyuki hitoshi howard hugo hyun-woo ian igor ilya irene isaac ivan jack jacob jacqueline jae-hyun jae-yong
james jamie jan jane janet jason javier jay jean jeff jeffrey jen jennifer jeremy jerome jerry jessica jim jin-woo
joan joanna joe joel johan johannes john jon jonathan jordan jorge jose joseph josh joshua juan judith julia julian
julie julien jun jun-ho justin kai kamal karen karl kate katherine kathleen kathryn katie kazuo keiko keith kelly ken
kenji kenneth kevin kim kimberly koichi kohei kumar kyle lakshmi larry laura lauren lawrence leah lee leo leonardo
li lin linda lisa liu louis lucas lucy luis luke maria mariana marie mario mark marco marcus margaret maria marie
marina mario martha martin mary masahiro masayoshi matt matthew maurice max maxime megan melissa michael michel
michelle miguel mike min-jun min-soo ming mitsuhiro mohamed mohammed mohammad monica nadia naoki nancy natalia natalie
nathan neil nicholas nick nicola nicolas nicole niklas nikhil nina noah noriko olga oliver olivia omar oscar pablo
pamela paolo patricia patrick paul paula pedro peter philip philippe phil pierre priya rachel rafael rahul raj rajesh
ralph ramesh randy raymond rebecca reed ricardo richard rick rob robert roberto robin rodrigo roger rohit ronald rose
ross roy ruth ryan ryo sachin sahil sam samantha samuel sandra sanjay sara sarah satoshi scott sean sebastian seo-yeon
sergei sergey sergio shane shannon sharon shawn shigeru shin shinji shinya shreya simon sofia sophia sophie soo-jin
stefan stephanie stephen steve steven sumit sun sundar sung-ho sunil susan suzanne suresh sven takashi takeshi taro
taylor teresa thomas tim timothy tina todd tom tomas tomoko tony tracy travis tyler uma valerie vanessa varun vera
vicky victor victoria vijay vikram vincent vinod virginia vivek walter wang wayne wei wendy william wolfgang xavier
yan yang yasuo yi yoshiro yoshihiro young young-ho yu yuki yuko yusuf yuta yves zach zachary zhang zoe
`);

/** Common Korean surnames in romanisation: "Kim Beom-su", "Jae-yong Kim". */
export const KOREAN_SURNAMES = set(`
kim lee yi rhee park pak choi choe chung jung jeong kang cho jo yoon yun jang chang lim im han oh seo suh shin sin
kwon hwang ahn an song yoo yu ryu hong jeon chun moon mun yang son sohn bae baek paik heo huh nam noh roh ha kwak
sung cha yeo woo ku koo gu min jin na do pyo chae won bang byun ban gil yeom ko go keum jee ji tak chu choo
`);
