// The rank corpus: every example is also a test (rank.test.ts). `expect` lists the fields one rank
// mention must have; `null` means no rank may be found (dates, "first time", "first half", "one of
// the largest"…). Seed examples come from ../../../seeds.
import type { CorpusExample } from '../types.js';

type Expect = CorpusExample['expect'];
const own = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'own' });
const seed = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'seed' });
const rank = (r: number, of?: number | string) => (of === undefined ? { kind: 'rank' as const, rank: r } : { kind: 'rank' as const, rank: r, of });

const SEED_SECOND =
  'In particular, it has the second-largest number of paid ChatGPT subscribers, following the United States.';
const SEED_THIRD_12TH =
  'OpenAI, the renowned AI research laboratory, has made a strategic move by launching its Korean subsidiary, marking its third office in Asia and the 12th worldwide.';

export const corpus: CorpusExample[] = [
  // ---- from the seed articles ------------------------------------------------------------------
  seed(
    '"Why Korea? Korea is the market in Asia with the most paid ChatGPT users and one of the most rapidly growing, important markets."',
    { text: 'the most', value: rank(1) },
  ),
  seed(
    'He said, "Weekly ChatGPT users in Korea quadrupled over the past year, and in terms of application programming interface (API) use, Korea ranks in the global top 10."',
    { text: 'top 10', value: rank(10), qualifiers: { bound: 'top' } },
  ),
  seed(
    'South Korea ranks among the top 10 countries globally in terms of ChatGPT users and developers using OpenAI platforms.',
    { text: 'top 10', value: rank(10), qualifiers: { bound: 'top' } },
  ),
  seed(SEED_SECOND, { text: 'second-largest', value: rank(2), qualifiers: { after: 'United States' } }),
  seed(SEED_THIRD_12TH, { text: 'third', value: rank(3) }),
  seed(SEED_THIRD_12TH, { text: '12th', value: rank(12) }),
  seed('In Asia, after Tokyo, Japan, and Singapore, it chose Seoul as its third base.', { text: 'third', value: rank(3) }),
  seed(
    'During his previous visit on May 26, Kwon said OpenAI has established a Korean subsidiary and plans to open its third Asian office -- following Tokyo and Singapore -- in Seoul in the coming months, reports Yonhap news agency.',
    { text: 'third', value: rank(3), qualifiers: { after: 'Tokyo and Singapore' } },
  ),
  seed(
    'According to OpenAI, South Korea currently boasts the largest number of paying ChatGPT subscribers outside of the United States, underscoring the nation\'s enthusiastic adoption of advanced AI technologies.',
    {
      text: 'largest number of paying ChatGPT subscribers outside of the United States',
      value: rank(2),
      qualifiers: { excluding: 'the United States', statedAs: 1 },
    },
  ),
  seed(
    "His upcoming visit comes just a week after the inauguration of President Lee Jae-myung, who has pledged to make South Korea one of the world's top three AI powerhouses through a 100 trillion-won (US$73 billion) national investment initiative.",
    { text: 'top three', value: rank(3), qualifiers: { bound: 'top' } },
  ),
  seed(
    'On March 31 (local time), OpenAI CEO Sam Altman posted on his social media platform X, saying, “For the first time since GPT-2, we’re releasing an open-weight model,”',
    null,
  ),
  seed(
    'Jason Kwon, OpenAI Chief Strategy Officer (CSO), speaks at the OpenAI Korea launch press conference held on the 10th in Neung-dong, Gwangjin District, Seoul.',
    null,
  ),
  seed(
    'Starting with the signing of a memorandum of understanding (MOU) with Seoul National University on the 11th, it plans to ramp up cooperation with domestic academia.',
    null,
  ),
  seed(
    "Jason Kwon, Chief Strategy Officer (CSO) of OpenAI, will visit South Korea on Thursday for the second time in just over two weeks to explore partnerships in the artificial intelligence (AI) sector.",
    null,
  ),
  seed(
    '"Korea\'s full-stack AI ecosystem makes it one of the most promising markets in the world for meaningful AI impact," Kwon stated.',
    null,
  ),

  // ---- superlatives with an ordinal ---------------------------------------------------------------
  own('Germany is the world’s fourth-largest economy.', { text: 'fourth-largest', value: rank(4), qualifiers: { superlative: 'largest' } }),
  own('The port is the country’s third-biggest by volume.', { text: 'third-biggest', value: rank(3) }),
  own('Chile is today the second largest customer base for the service.', { text: 'second largest', value: rank(2) }),
  own('Japanese dramas are its third-most-watched category.', { text: 'third-most-watched', value: rank(3) }),
  own('It became the 2nd-largest bank in the region.', { text: '2nd-largest', value: rank(2) }),
  own('Osaka is Japan’s second-busiest airport hub.', { text: 'second-busiest', value: rank(2) }),
  own('The chain is the fifth-fastest-growing retailer.', { text: 'fifth-fastest-growing', value: rank(5) }),
  own('The label had the tenth best-selling album of the year.', { text: 'tenth best-selling', value: rank(10) }),
  own('Vietnam is the second most popular destination for the airline.', { text: 'second most popular', value: rank(2) }),
  own('Busan is the second-largest city after Seoul.', { text: 'second-largest', value: rank(2), qualifiers: { after: 'Seoul' } }),
  own('Brazil is second only to the US in downloads.', { text: 'second', value: rank(2), qualifiers: { after: 'US' } }),

  // ---- plain superlatives -------------------------------------------------------------------------
  own('Japan is the world’s largest comics market.', { text: 'largest', value: rank(1) }),
  own('Microsoft is its biggest shareholder.', { text: 'biggest', value: rank(1) }),
  own('It was the region’s largest-ever private merger.', { text: 'largest', value: rank(1) }),
  own('The app is the most downloaded game in Korea.', { text: 'most downloaded', value: rank(1) }),
  own('Apple is the most valuable company in the world.', { text: 'most valuable', value: rank(1) }),
  own('The drama was the top-grossing title in July.', { text: 'top-grossing', value: rank(1) }),
  own('India has the highest number of student users.', { text: 'highest', value: rank(1) }),
  own(
    'The city has the largest Korean community outside Korea.',
    { text: 'largest Korean community outside Korea', value: rank(2), qualifiers: { excluding: 'Korea', statedAs: 1 } },
  ),
  own(
    'It is the largest market outside of Japan and China.',
    { text: 'largest market outside of Japan and China', value: rank(3), qualifiers: { excluding: 'Japan and China', statedAs: 1 } },
  ),
  own(
    'Vietnam is the second-biggest market excluding China.',
    { text: 'second-biggest market excluding China', value: rank(3), qualifiers: { excluding: 'China', statedAs: 2 } },
  ),

  // ---- ordinals -----------------------------------------------------------------------------------
  own('The firm opened its third office in Europe.', { text: 'third', value: rank(3) }),
  own('The store is the chain’s 23rd worldwide.', { text: '23rd', value: rank(23) }),
  own('Lagos becomes Vireo’s fifth in West Africa.', { text: 'fifth', value: rank(5) }),
  own('The lab is the 19th foreign institute to open in the city.', { text: '19th', value: rank(19) }),
  own('The company opened its first Asian office in Tokyo.', { text: 'first', value: rank(1) }),
  own('The streamer muscled into third place in Japan.', { text: 'third', value: rank(3) }),
  own('The electric three-wheelers came in a close second.', { text: 'second', value: rank(2) }),
  own('Seoul was third in the global ranking.', { text: 'third', value: rank(3) }),
  own('The school finished fourth out of 20 teams.', { text: 'finished fourth out of 20', value: rank(4, 20) }),
  own('The airport is the third of five new hubs.', { text: 'third of five', value: rank(3, 5) }),
  own('The startup took first place at the fair.', { text: 'first', value: rank(1) }),
  own('Its twenty-first store opened in Busan.', { text: 'twenty-first', value: rank(21) }),

  // ---- top, No., ranked ------------------------------------------------------------------------------
  own('The brand entered the top 5 in Europe.', { text: 'top 5', value: rank(5), qualifiers: { bound: 'top' } }),
  own('It is one of Peru’s top three insurance groups.', { text: 'top three', value: rank(3), qualifiers: { bound: 'top' } }),
  own('The model made the Top-20 list.', { text: 'Top-20', value: rank(20), qualifiers: { bound: 'top' } }),
  own('The film is among the top ten releases.', { text: 'top ten', value: rank(10), qualifiers: { bound: 'top' } }),
  own('The rivals battle for the top spot.', { text: 'top spot', value: rank(1) }),
  own('KT is the No. 2 player in the market.', { text: 'No. 2', value: rank(2) }),
  own('The app is No.1 in Korea.', { text: 'No.1', value: rank(1) }),
  own('The song hit #1 on the chart.', { text: '#1', value: rank(1) }),
  own('The company is the number one smartphone maker.', { text: 'number one', value: rank(1) }),
  own('The company is number two in memory chips.', { text: 'number two', value: rank(2) }),
  own('The university ranked 7th in Asia.', { text: 'ranked 7th', value: rank(7) }),
  own('Korea ranks third in robot density.', { text: 'ranks third', value: rank(3) }),
  own('The team finished second in the league.', { text: 'finished second', value: rank(2) }),
  own('The city is ranked No. 4 for livability.', { text: 'ranked No. 4', value: rank(4) }),
  own('The fund was runner-up in the award.', { text: 'runner-up', value: rank(2) }),
  own('The bank has the most branches in the state.', { text: 'the most', value: rank(1) }),
  own('The merger joins the nation’s two most valuable start-ups.', { text: 'two most valuable', value: rank(2), qualifiers: { bound: 'top' } }),
  own('The three largest banks control half of all deposits.', { text: 'three largest', value: rank(3), qualifiers: { bound: 'top' } }),
  own('SK Telecom is South Korea’s top mobile carrier.', { text: 'top', value: rank(1), qualifiers: { superlative: 'top' } }),

  // ---- not ranks ----------------------------------------------------------------------------------------
  // "a fifth, in Helsinki": one more of a sequence, placed; "a fifth of" is a fraction
  own('It runs four offices and plans to open a fifth, in Helsinki, later this year.', { text: 'fifth', value: rank(5) }),
  own('A fifth of its staff work in Berlin.', null),
  own('It sold a third in March.', null),
  own('For the first time, the company turned a profit.', null),
  own('At first, investors were sceptical.', null),
  own('Sales rose in the first half of the year.', null),
  own('Profit fell in the first quarter.', null),
  own('The fund targets first-time buyers.', null),
  own('The shop opened on the 10th of March.', null),
  own('The results are due on March 3rd.', null),
  own('The vote is scheduled for the 21st of this month.', null),
  own('It is one of the largest banks in Asia.', null),
  own('The deal ranks among the sector’s biggest.', null),
  own('It was the second consecutive month of growth.', null),
  own('The second tranche of the round closed.', null),
  own('The 19th century mill was restored.', null),
  own('The group hired a third-party auditor.', null),
  own('Second, the firm cut costs.', null),
  own('The feature was first launched in 2019.', null),
  own('The store has the most advanced robots.', null),
  own('He held the first of two meetings.', { text: 'first of two', value: rank(1, 2) }),
  own('The first thing buyers check is the price.', null),
  own('The firm cut its top 1% of earners’ bonuses.', null),
  own('The league will start on the 2nd.', null),
  own('A second office will open next year.', null),
  own('Safety is our top priority this year.', null),
  own('The bank’s top executives met in Seoul.', null),
  own('It is one of the two largest lenders.', null),
]
