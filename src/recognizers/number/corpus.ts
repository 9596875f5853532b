// The count corpus: every example is also a test (number.test.ts). `expect` lists the fields one
// count mention must have; `null` means no count may be found (years, days, times, labels, money,
// percentages, ranks and multipliers are not counts). Seed examples come from ../../../seeds.
import type { CorpusExample } from '../types.js';

type Expect = CorpusExample['expect'];
const own = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'own' });
const seed = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'seed' });
const count = (number: number) => ({ kind: 'count' as const, number });

const SEED_DAU =
  'This marks a significant jump from March 10, when the DAU surpassed the 1 million mark for the first time at 1,033,733, setting a new record just two weeks later.';

export const corpus: CorpusExample[] = [
  // ---- from the seed articles ------------------------------------------------------------------
  seed(
    'More than 1.25 million users in South Korea are using ChatGPT each day as OpenAI’s newly launched image generation feature gains explosive popularity.',
    { text: 'More than 1.25 million', value: count(1_250_000), qualifiers: { approx: 'more_than' } },
  ),
  seed(
    'According to Mobile Index, a data analytics platform operated by IGAWorks, ChatGPT recorded a daily active user (DAU) count of 1,252,925 in South Korea on March 27—the highest ever.',
    { text: '1,252,925', value: count(1_252_925), qualifiers: { approx: null } },
  ),
  seed(SEED_DAU, { text: '1,033,733', value: count(1_033_733) }),
  seed(SEED_DAU, { text: 'two', value: count(2) }),
  seed(
    'The number of ChatGPT app users in the country recently surpassed 12 million, making it a "national app," and major corporations such as Samsung are using OpenAI\'s APIs in their in-house systems.',
    { text: '12 million', value: count(12e6), qualifiers: { approx: 'more_than' } },
  ),
  seed(
    'OpenAI, headquartered in San Francisco, currently has regional offices in 12 locations worldwide, including London, Paris, Munich, Dublin and Brussels.',
    { text: '12', value: count(12) },
  ),
  seed(
    'The developer of ChatGPT has launched 11 new offices in major cities in recent years, including Paris, Brussels, Singapore, London, Dublin and Tokyo.',
    { text: '11', value: count(11) },
  ),
  seed(
    'The key driver behind this spike was the introduction of OpenAI’s “ChatGPT-4o image generation” feature, launched on March 25.',
    null,
  ),
  seed(
    'On March 31 (local time), OpenAI CEO Sam Altman posted on his social media platform X, saying, “For the first time since GPT-2, we’re releasing an open-weight model,”',
    null,
  ),
  seed(
    'While OpenAI had previously released source code for models up to GPT-2, it adopted a closed model policy starting with GPT-3.',
    null,
  ),
  seed('Meanwhile, OpenAI has successfully closed a $40 billion investment round led by SoftBank.', null),
  seed(
    'Jason Kwon, OpenAI Chief Strategy Officer (CSO), speaks at the OpenAI Korea launch press conference held on the 10th in Neung-dong, Gwangjin District, Seoul.',
    null,
  ),
  seed(
    "With ambitious policy roadmaps, the Korean government has declared 2025 as the inaugural year of becoming a 'global AI powerhouse.'",
    null,
  ),
  seed(
    'This partnership is seen as a preemptive step to navigate legal hurdles and forge early partnerships, with the basic law on artificial intelligence set to take effect in January 2026.',
    null,
  ),
  seed(
    'South Korea ranks among the top 10 countries globally in terms of ChatGPT users and developers using OpenAI platforms.',
    null,
  ),
  seed(' date 2025-04-02 ChatGPT image generation fuels user surge in S. Korea. April. 02, 2025 07:57.', null),
  seed(
    'The Korean AI market, valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033, providing ample opportunities for growth and innovation.',
    null,
  ),

  // ---- digits and scales ------------------------------------------------------------------------
  own('The festival drew 1,402,311 visitors over four days.', { text: '1,402,311', value: count(1_402_311) }),
  own('The carmaker employs 12,000 people in Europe.', { text: '12,000', value: count(12_000) }),
  own('Officials counted 12 million ballots by midnight.', { text: '12 million', value: count(12e6) }),
  own('The platform now has 1.5 billion monthly users.', { text: '1.5 billion', value: count(1.5e9) }),
  own('The service has 1.2m paying subscribers.', { text: '1.2m', value: count(1.2e6) }),
  own('The clip drew 3.5bn views in a week.', { text: '3.5bn', value: count(3.5e9) }),
  own('Her account has 12k followers.', { text: '12k', value: count(12_000) }),
  own('The stadium holds 10 thousand fans.', { text: '10 thousand', value: count(10_000) }),
  own('The scheme covers 1,00,000 farmers in the state.', { text: '1,00,000', value: count(100_000) }),
  own('The survey reached 2 crore households.', { text: '2 crore', value: count(2e7) }),
  own('The firm hired 2000 engineers last year.', { text: '2000', value: count(2000) }),
  own('The fund was launched in 2010 with 40 staff.', { text: '40', value: count(40) }),
  own('About 70% of the 3,000 respondents agreed.', { text: '3,000', value: count(3000) }),
  own('A team of 23 engineers built the prototype in 2023.', { text: '23', value: count(23) }),
  own('The chain will open 150 stores and close 30.', { text: '30', value: count(30) }),

  // ---- words ------------------------------------------------------------------------------------
  own('Twelve companies bid for the licence.', { text: 'Twelve', value: count(12) }),
  own('A dozen start-ups joined the accelerator.', { text: 'A dozen', value: count(12) }),
  own('Two dozen analysts attended the briefing.', { text: 'Two dozen', value: count(24) }),
  own('The chain operates two hundred stores.', { text: 'two hundred', value: count(200) }),
  own('The city has half a million residents.', { text: 'half a million', value: count(500_000) }),
  own('A million people signed the petition.', { text: 'A million', value: count(1e6) }),
  own('The state hired one lakh teachers.', { text: 'one lakh', value: count(100_000) }),
  own('The bank has twenty-five branches.', { text: 'twenty-five', value: count(25) }),
  own('The plant has one hundred and fifty employees.', { text: 'one hundred and fifty', value: count(150) }),
  own('Nine banks joined the consortium.', { text: 'Nine', value: count(9) }),
  own('The group opened three new offices this year.', { text: 'three', value: count(3) }),
  own('Five million is the threshold for the award.', { text: 'Five million', value: count(5e6) }),
  own('The ministry plans to train ten thousand coders.', { text: 'ten thousand', value: count(10_000) }),

  // ---- hedges -------------------------------------------------------------------------------------
  own('The bank has more than 100 branches.', { text: 'more than 100', value: count(100), qualifiers: { approx: 'more_than' } }),
  own('The app reached over 1 million downloads.', { text: 'over 1 million', qualifiers: { approx: 'over' } }),
  own('The retailer runs nearly 800 stores.', { text: 'nearly 800', qualifiers: { approx: 'nearly' } }),
  own('The plant employs about 300 workers.', { text: 'about 300', qualifiers: { approx: 'about' } }),
  own('Around 1,000 staff were affected.', { text: 'Around 1,000', value: count(1000), qualifiers: { approx: 'about' } }),
  own('Roughly 40 firms applied.', { text: 'Roughly 40', qualifiers: { approx: 'about' } }),
  own('Some 300 delegates attended the summit.', { text: 'Some 300', qualifiers: { approx: 'about' } }),
  own('The tool has approximately 2.5 million users.', { text: 'approximately 2.5 million', value: count(2.5e6), qualifiers: { approx: 'about' } }),
  own('An estimated 3 million viewers watched the final.', { text: 'An estimated 3 million', qualifiers: { approx: 'about' } }),
  own('The merger could cut up to 500 jobs.', { text: 'up to 500', qualifiers: { approx: 'up_to' } }),
  own('The firm will open at least 20 offices.', { text: 'at least 20', qualifiers: { approx: 'at_least' } }),
  own('Fewer than 10 cases were reported.', { text: 'Fewer than 10', qualifiers: { approx: 'less_than' } }),
  own('The service has less than 1 million users.', { text: 'less than 1 million', qualifiers: { approx: 'less_than' } }),
  own('As many as 4,000 workers joined the strike.', { text: 'As many as 4,000', qualifiers: { approx: 'up_to' } }),
  own('The game has 10,000+ downloads.', { text: '10,000+', value: count(10_000), qualifiers: { approx: 'more_than' } }),
  own('Each event draws 1 million or more visitors.', { text: '1 million or more', qualifiers: { approx: 'at_least' } }),
  own('Upwards of 50,000 fans came.', { text: 'Upwards of 50,000', qualifiers: { approx: 'more_than' } }),
  own('The app passed 2.5 million downloads in May.', { text: '2.5 million', qualifiers: { approx: 'more_than' } }),
  own('The shop sold 40 units over two days.', { text: 'two', qualifiers: { approx: null } }),

  // ---- ranges -------------------------------------------------------------------------------------
  own('Premium users grew from 124 to 155 million.', { text: '124', value: count(124e6) }),
  own('Premium users grew from 124 to 155 million.', { text: '155 million', value: count(155e6) }),
  own('The factory will make 5-7 million units.', { text: '5', value: count(5e6) }),
  own('The region is home to between 3 and 4 billion people.', { text: '3', value: count(3e9) }),

  // ---- not counts -------------------------------------------------------------------------------
  own('The law took effect in 2024.', null),
  own('Shares fell on March 3 after the report.', null),
  own('The report was published on 27 March.', null),
  own('The meeting starts at 10:30 a.m. sharp.', null),
  own('The flight leaves at 9pm.', null),
  own('GPT-4 and GPT-4o are language models.', null),
  own('The firm sells B2B software and 5G modems.', null),
  own('It ranked 12th in the survey.', null),
  own('Revenue rose 42% to a record.', null),
  own('The company raised $40 billion from investors.', null),
  own('The 2025-26 budget was approved.', null),
  own('Support is available 24/7.', null),
  own('Sales boomed in the 1990s.', null),
  own('Section 230 protects online platforms.', null),
  own('The S&P 500 rose on Friday.', null),
  own('Its user base grew three times over the year.', null),
  own('It is the No. 1 app in Japan.', null),
  own('Two-thirds of users are women.', null),
  own('One of the founders left the company.', null),
  own('The filing is dated 2025-04-02.', null),
  own('The shop opens at 07:57 daily.', null),
  own('It was the 10th attempt.', null),
  own('The Q2 2019 results beat forecasts.', null),
  own('Prices rose 10-fold.', null),
  own('Earnings per share were $1.23.', null),
  own('The firm, founded in 2019, listed in 2021.', null),
  own('Call +82 2 1234 5678 for details.', null),
  own('The office is at 123 Harbour Street, Suite 400.', null),
  own('The 10-K filing was late.', null),
]
