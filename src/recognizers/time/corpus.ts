// Examples of the time recognizer, which are also its test (time.test.ts): each `expect` must match
// one mention found in `text` (every field given), `expect: null` means no time may be found.
// 'seed' examples are sentences of seeds/*.txt with the article's date; the others are our own.
import type { Time } from '../../schema.js';
import type { CorpusExample } from '../types.js';

type Expect = NonNullable<CorpusExample['expect']>;

/** A Wednesday, the date of seeds/000. */
const APR2 = '2025-04-02';
/** A Wednesday, the date of seeds/002. */
const JUN11 = '2025-06-11';

/** Expected mention: its text and resolved time (`end` checked only when given). */
function at(text: string, start: string | null, precision: Time['precision'], more: { end?: string | null; qualifiers?: Record<string, unknown> } = {}): Expect {
  const time: Partial<Time> = { start, precision, text };
  if (more.end !== undefined) time.end = more.end;
  return more.qualifiers ? { text, time, qualifiers: more.qualifiers } : { text, time };
}
/** A vague time: the words, no date, no precision. */
const vague = (text: string): Expect => at(text, null, null, { end: null });

const own = (text: string, expect: Expect | null, refDate: string | null = null): CorpusExample => ({ text, expect, refDate, origin: 'own' });
const seed = (text: string, expect: Expect | null, refDate: string | null = null): CorpusExample => ({ text, expect, refDate, origin: 'seed' });

const S000_HEAD = ' date 2025-04-02 ChatGPT image generation fuels user surge in S. Korea. April. 02, 2025 07:57. by 남혜정기자 namduck2@donga.com.';
const S000_MAR10 =
  'This marks a significant jump from March 10, when the DAU surpassed the 1 million mark for the first time at 1,033,733, setting a new record just two weeks later.';
const S000_MAR31 =
  'On March 31 (local time), OpenAI CEO Sam Altman posted on his social media platform X, saying, “For the first time since GPT-2, we’re releasing an open-weight model,” and added that the model will be made freely available in the coming months.';
const S001_JUL =
  'Anthropic, described as an "OpenAI rival," established its Korean entity, Anthropic Korea LLC, in Jul., and Canadian AI corporation Cohere opened its Seoul office the same month.';
const S001_10TH =
  'Jason Kwon, OpenAI Chief Strategy Officer (CSO), speaks at the OpenAI Korea launch press conference held on the 10th in Neung-dong, Gwangjin District, Seoul.';
const S002_THU =
  "Seoul:Jason Kwon, Chief Strategy Officer (CSO) of OpenAI, will visit South Korea on Thursday for the second time in just over two weeks to explore partnerships in the artificial intelligence (AI) sector, industry sources said on Wednesday.";
const S002_MAY26 =
  "During his previous visit on May 26, Kwon said OpenAI has established a Korean subsidiary and plans to open its third Asian office -- following Tokyo and Singapore -- in Seoul in the coming months, reports Yonhap news agency.";
const S003_MARKET =
  'The Korean AI market, valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033, providing ample opportunities for growth and innovation.';

const SEED: CorpusExample[] = [
  // seeds/000 (date 2025-04-02)
  seed(S000_HEAD, at('April. 02, 2025 07:57', '2025-04-02', 'day', { end: null }), APR2),
  seed(S000_HEAD, { ...at('2025-04-02', '2025-04-02', 'day'), source: 'time.iso' }, APR2),
  seed(
    'According to Mobile Index, a data analytics platform operated by IGAWorks, ChatGPT recorded a daily active user (DAU) count of 1,252,925 in South Korea on March 27—the highest ever.',
    at('March 27', '2025-03-27', 'day'),
    APR2,
  ),
  seed(S000_MAR10, at('March 10', '2025-03-10', 'day'), APR2),
  seed(S000_MAR10, vague('two weeks later'), APR2),
  seed(
    'The key driver behind this spike was the introduction of OpenAI’s “ChatGPT-4o image generation” feature, launched on March 25.',
    at('March 25', '2025-03-25', 'day'),
    APR2,
  ),
  seed(S000_MAR31, at('March 31', '2025-03-31', 'day'), APR2),
  seed(S000_MAR31, vague('in the coming months'), APR2),
  seed(
    'The company’s valuation, which stood at $157 billion in October last year, has nearly doubled to $300 billion in just over five months.',
    at('October last year', '2024-10', 'month', { end: null }),
    APR2,
  ),
  seed(
    'More than 1.25 million users in South Korea are using ChatGPT each day as OpenAI’s newly launched image generation feature gains explosive popularity.',
    null,
    APR2,
  ),
  seed('While OpenAI had previously released source code for models up to GPT-2, it adopted a closed model policy starting with GPT-3.', null, APR2),
  seed('Meanwhile, OpenAI has successfully closed a $40 billion investment round led by SoftBank.', null, APR2),
  seed(
    'Industry observers view this move as a strategic effort to re-engage developers who have migrated to open-source models, ultimately guiding them toward OpenAI’s paid services, which now generate over $1 billion annually.',
    null,
    APR2,
  ),
  // seeds/001 (no date: nothing gets a year)
  seed(S001_10TH, at('the 10th', null, 'day')),
  seed(
    'He said, "Weekly ChatGPT users in Korea quadrupled over the past year, and in terms of application programming interface (API) use, Korea ranks in the global top 10."',
    vague('over the past year'),
  ),
  seed(
    'The number of ChatGPT app users in the country recently surpassed 12 million, making it a "national app," and major corporations such as Samsung are using OpenAI\'s APIs in their in-house systems.',
    vague('recently'),
  ),
  seed('OpenAI formed a strategic partnership with Kakao in February and is working to link ChatGPT with the Kakao ecosystem.', at('February', null, 'month')),
  seed(
    'Chung Shina, CEO of Kakao, and OpenAI CEO Sam Altman form a strategic partnership at the Plaza Hotel in Jung District, Seoul, in February this year.',
    at('February this year', null, 'month'),
  ),
  seed(
    'He added that he also discussed investment with chief executive officers (CEOs) of major corporations he met at the business roundtable during the Korea-U.S. summit last month.',
    at('last month', null, 'month'),
  ),
  seed(
    'Starting with the signing of a memorandum of understanding (MOU) with Seoul National University on the 11th, it plans to ramp up cooperation with domestic academia.',
    at('the 11th', null, 'day'),
  ),
  seed('He said, "We will appoint a head of the Korea office soon."', vague('soon')),
  seed(S001_JUL, at('Jul.', null, 'month')),
  seed(S001_JUL, at('the same month', null, 'month')),
  seed(
    'OpenAI, headquartered in San Francisco, currently has regional offices in 12 locations worldwide, including London, Paris, Munich, Dublin and Brussels.',
    null,
  ),
  seed('In Asia, after Tokyo, Japan, and Singapore, it chose Seoul as its third base.', null),
  // seeds/002 (date 2025-06-11, a Wednesday)
  seed(S002_THU, at('Thursday', '2025-06-12', 'day'), JUN11),
  seed(S002_THU, at('Wednesday', '2025-06-11', 'day'), JUN11),
  seed(S002_MAY26, at('May 26', '2025-05-26', 'day'), JUN11),
  seed(S002_MAY26, vague('in the coming months'), JUN11),
  seed(
    'The developer of ChatGPT has launched 11 new offices in major cities in recent years, including Paris, Brussels, Singapore, London, Dublin and Tokyo.',
    vague('in recent years'),
    JUN11,
  ),
  seed(
    'Kakao is expected to unveil the results of its joint project with OpenAI later this year.',
    at('later this year', '2025', 'year', { qualifiers: { part: 'later' } }),
    JUN11,
  ),
  seed(
    'OpenAI last month announced it will begin operations in South Korea as part of its ongoing global expansion of AI infrastructure.',
    at('last month', '2025-05', 'month'),
    JUN11,
  ),
  seed(
    "His upcoming visit comes just a week after the inauguration of President Lee Jae-myung, who has pledged to make South Korea one of the world's top three AI powerhouses through a 100 trillion-won (US$73 billion) national investment initiative.",
    null,
    JUN11,
  ),
  // seeds/003 (no date)
  seed(
    "The country is increasingly seen as a prime testbed for next-generation AI technologies, and the Korean government has declared 2025 as the inaugural year of becoming a 'global AI powerhouse.'",
    at('2025', '2025', 'year'),
  ),
  seed(
    'This partnership is seen as a preemptive step to navigate legal hurdles and forge early partnerships, with the basic law on artificial intelligence set to take effect in January 2026.',
    at('January 2026', '2026-01', 'month'),
  ),
  seed(S003_MARKET, at('2024', '2024', 'year', { end: null })),
  seed(S003_MARKET, at('2033', '2033', 'year', { qualifiers: { forecast: true } })),
  seed(
    'OpenAI, the renowned AI research laboratory, has made a strategic move by launching its Korean subsidiary, marking its third office in Asia and the 12th worldwide.',
    null,
  ),
  // seeds/004 (no date)
  seed(
    'Artificial intelligence trailblazer OpenAI announced on Monday its decision to establish its first office in Seoul, solidifying its presence in South Korea as demand for its popular ChatGPT service continues to surge.',
    at('Monday', null, 'day'),
  ),
  seed(
    'The company anticipates releasing more detailed information regarding these new hires and partnership initiatives in the coming months.',
    vague('in the coming months'),
  ),
  seed(
    "Jason Kwon, OpenAI's Chief Strategy Officer, highlighted the strategic importance of the move in a statement, emphasizing South Korea's robust AI landscape.",
    null,
  ),
];

const OWN: CorpusExample[] = [
  // A year followed by a comma and more words is still the year of the period.
  own('Sales rose in the second quarter of 2025, up 31% from a year earlier.', at('the second quarter of 2025', '2025-04', 'quarter', { end: '2025-06' })),
  own('It shipped in October 2025, ahead of rivals.', at('October 2025', '2025-10', 'month')),
  own('Profit fell in Q3 2024, the company said.', at('Q3 2024', '2024-07', 'quarter')),

  // ISO and numeric dates
  own('The filing is dated 2025-03-27.', at('2025-03-27', '2025-03-27', 'day', { end: null })),
  own('Published 2025/03/27 by the agency.', at('2025/03/27', '2025-03-27', 'day')),
  own('Seoul, 2025.04.02 — Naver said it would expand.', at('2025.04.02', '2025-04-02', 'day')),
  own('Invoice number 2025-13-45 was rejected.', null),
  own('Call 2025-1234 for details.', null),
  // month and day
  own('ChatGPT hit a record on March 27.', at('March 27', '2025-03-27', 'day'), APR2),
  own('The deal closed on March 27, 2025.', at('March 27, 2025', '2025-03-27', 'day')),
  own('In the quarter ended June 30, 2025, sales rose.', at('June 30, 2025', '2025-06-30', 'day')),
  own('Shares rose on Mar. 27 after the report.', at('Mar. 27', '2025-03-27', 'day'), APR2),
  own('The update shipped on 27 March.', at('27 March', '2025-03-27', 'day'), APR2),
  own('The update shipped on 27 March 2025.', at('27 March 2025', '2025-03-27', 'day')),
  own('Classes resumed Sept. 3 across the country.', at('Sept. 3', '2025-09-03', 'day'), '2025-09-10'),
  own('Seoul, April. 02, 2025 07:57 (KST) - Shares fell.', at('April. 02, 2025 07:57', '2025-04-02', 'day')),
  own('The summit ended on December 30.', at('December 30', '2024-12-30', 'day'), '2025-01-05'),
  own('The app will launch on March 27.', at('March 27', '2025-03-27', 'day'), '2025-03-20'),
  // A present tense that schedules is about the future: the next such day, not the last.
  own('She takes over as chief executive on April 1, the company said.', at('April 1', '2026-04-01', 'day'), '2026-02-18'),
  own('The scooter goes on sale on October 14 in Sweden.', at('October 14', '2025-10-14', 'day'), '2025-09-10'),
  own('The new tariff takes effect on January 5.', at('January 5', '2026-01-05', 'day'), '2025-11-20'),
  own('The app launched on October 14 in Sweden.', at('October 14', '2024-10-14', 'day'), '2025-09-10'),
  own('Versions for Thailand will be released on March 17.', at('March 17', '2026-03-17', 'day'), '2026-03-10'),
  // a year after "for" before a verb: "Revenue for 2025 rose 58%"
  own('Revenue for 2025 rose 58% to 412 million kronor.', at('2025', '2025', 'year')),
  own('The results were released on March 9.', at('March 9', '2026-03-09', 'day'), '2026-03-10'),
  own('The company said it would hold a briefing on March 27.', at('March 27', null, 'day', { end: null })),
  own('Thursday, March 27, 2025 — OpenAI released a new model.', at('Thursday, March 27, 2025', '2025-03-27', 'day')),
  own('The conference ran March 10-12 in Las Vegas.', at('March 10-12', '2025-03-10', 'day', { end: '2025-03-12' }), APR2),
  own('It was announced on the 27th of March.', at('the 27th of March', '2025-03-27', 'day'), APR2),
  own('Revenue peaked on March 27th.', at('March 27th', '2025-03-27', 'day'), APR2),
  own('MARCH 27, 2025 — SEOUL', at('MARCH 27, 2025', '2025-03-27', 'day')),
  own('On March 31 (local time), the firm posted its results.', at('March 31', '2025-03-31', 'day'), APR2),
  own('The hearing is scheduled for Jan. 15, 2026 at 10:30 a.m. in Seoul.', at('Jan. 15, 2026 at 10:30 a.m.', '2026-01-15', 'day')),
  own('The store reopened Feb. 3.', at('Feb. 3', '2025-02-03', 'day'), APR2),
  own('Trading resumed on 2 April.', at('2 April', '2025-04-02', 'day'), APR2),
  // month alone
  own('Sales slowed in February.', at('February', '2025-02', 'month', { end: null }), APR2),
  own('The office opened in July.', at('July', '2024-07', 'month'), APR2),
  own('The office will open in July.', at('July', '2025-07', 'month'), APR2),
  own('The Seoul office opened in Jul., the same month as Tokyo.', at('Jul.', null, 'month')),
  own('Prices have climbed since March.', at('March', '2025-03', 'month'), APR2),
  own('Hiring picked up in May.', at('May', '2025-05', 'month'), JUN11),
  own('The firm expanded in late September.', at('late September', '2025-09', 'month', { qualifiers: { part: 'late' } }), '2025-10-15'),
  own('Demand rose in mid-March.', at('mid-March', '2025-03', 'month'), APR2),
  own('Registrations open in early October.', at('early October', null, 'month')),
  own('Sales grew between March and May.', at('May', '2025-05', 'month'), JUN11),
  own('In December, the startup raised $10 million.', at('December', '2024-12', 'month'), APR2),
  own('Prices may rise further.', null, APR2),
  own('Workers march on the capital every year.', null, APR2),
  own('Theresa May said the talks would continue.', null, APR2),
  own('May I add one thing, the analyst asked.', null, APR2),
  own('The August committee met to discuss rates.', null, APR2),
  own('March March March', null, APR2),
  // month and year
  own('The law takes effect in January 2026.', at('January 2026', '2026-01', 'month')),
  own('Sales in Jan. 2026 beat forecasts.', at('Jan. 2026', '2026-01', 'month')),
  own('It was founded in March of 2024.', at('March of 2024', '2024-03', 'month')),
  own('The startup was valued at $2 billion in October last year.', at('October last year', '2024-10', 'month'), APR2),
  own('The partnership was formed in February this year.', at('February this year', '2025-02', 'month'), APR2),
  own('The plant will open in October next year.', at('October next year', '2026-10', 'month'), APR2),
  own("Results from March '25 were restated.", at("March '25", '2025-03', 'month')),
  own('The product debuted last October.', at('last October', '2024-10', 'month'), APR2),
  own('The festival returns next May.', at('next May', '2025-05', 'month'), APR2),
  // relative to the reference date
  own('Revenue doubled last year.', at('last year', '2024', 'year', { end: null }), APR2),
  own('Revenue doubled last year.', at('last year', null, 'year')),
  own('Hiring slowed last month.', at('last month', '2025-03', 'month'), APR2),
  own('This year, the company plans to hire 500 people.', at('This year', '2025', 'year'), APR2),
  own('Traffic rose sharply this month.', at('this month', '2025-04', 'month'), APR2),
  own('The chip will ship next year.', at('next year', '2026', 'year', { qualifiers: { forecast: true } }), APR2),
  own('The firm plans to list next month.', at('next month', '2025-05', 'month'), APR2),
  own('The app gained users earlier this month.', at('earlier this month', '2025-04', 'month'), APR2),
  own('Shipments slumped late last year.', at('late last year', '2024', 'year'), APR2),
  own('Kakao will release the feature later this year.', at('later this year', '2025', 'year'), APR2),
  own('Kwon visited Seoul last week.', vague('last week'), APR2),
  own('The CEO spoke last night.', at('last night', '2025-04-01', 'day'), APR2),
  own('The results were released this morning.', at('this morning', '2025-04-02', 'day'), APR2),
  own('Profit fell in the current quarter.', at('the current quarter', '2025-04', 'quarter', { end: '2025-06' }), APR2),
  own('Over the last two years, the company tripled its staff.', vague('the last two years'), APR2),
  own('The new rules apply from this year.', at('this year', null, 'year')),
  // weekdays (2025-04-02 is a Wednesday)
  own('OpenAI announced the office on Monday.', at('Monday', '2025-03-31', 'day'), APR2),
  own('Kwon will visit Seoul on Thursday.', at('Thursday', '2025-04-03', 'day'), APR2),
  own('On Friday, the company will announce its results.', at('Friday', '2025-04-04', 'day'), APR2),
  own('The deal was disclosed, industry sources said on Wednesday.', at('Wednesday', '2025-04-02', 'day'), APR2),
  own('The board met last Friday.', at('last Friday', '2025-03-28', 'day'), APR2),
  own('The board meets next Tuesday.', at('next Tuesday', '2025-04-08', 'day'), APR2),
  own('The firm announced the deal on Monday.', at('Monday', null, 'day')),
  own('The Sunday Times reported the deal.', null, APR2),
  // "opens" schedules: the coming Sunday
  own('The store opens on Sunday Times Square hours.', at('Sunday', '2025-04-06', 'day'), APR2),
  own('Thu., Jan. 9, 2025: markets closed early.', at('Thu., Jan. 9, 2025', '2025-01-09', 'day')),
  own('The ministry said on Sunday that talks had stalled.', at('Sunday', '2025-03-30', 'day'), APR2),
  // yesterday, today, tomorrow
  own('The service went down yesterday.', at('yesterday', '2025-04-01', 'day'), APR2),
  own('The update rolls out today.', at('today', '2025-04-02', 'day'), APR2),
  own('Tomorrow, the board will vote.', at('Tomorrow', '2025-04-03', 'day'), APR2),
  own('The service went down yesterday.', at('yesterday', null, 'day')),
  // the Nth
  own('The MOU was signed on the 10th.', at('the 10th', '2025-09-10', 'day'), '2025-09-11'),
  own('The office is on the 3rd floor.', null, APR2),
  own('Payments resumed on the 5th of last month.', at('the 5th of last month', '2025-03-05', 'day'), APR2),
  own('The briefing was held on the 10th in Seoul.', at('the 10th', null, 'day')),
  own(S001_10TH, at('the 10th', '2025-09-10', 'day'), '2025-09-12'),
  own('OpenAI ranked 12th worldwide.', null, APR2),
  own('It finished 2nd in the rankings on the 21st, officials said.', at('the 21st', '2025-04-21', 'day'), '2025-04-25'),
  // years
  own('The market was valued at $3 billion in 2024.', at('2024', '2024', 'year')),
  own('The market could reach $30 billion by 2033.', at('2033', '2033', 'year', { qualifiers: { forecast: true } })),
  own('Sales have grown since 2020.', at('2020', '2020', 'year')),
  own('Output fell during 2023.', at('2023', '2023', 'year')),
  own("2025's biggest launch was the new model.", at('2025', '2025', 'year')),
  own('The firm posted a loss in fiscal 2024.', at('fiscal 2024', '2024', 'year', { qualifiers: { fiscal: true } })),
  own('FY2025 revenue rose 8%.', at('FY2025', '2025', 'year', { qualifiers: { fiscal: true } })),
  own('Guidance for FY25 was raised.', at('FY25', '2025', 'year')),
  own('The plan runs through fiscal year 2023.', at('fiscal year 2023', '2023', 'year')),
  own('Korea named the year 2030 as its deadline.', at('2030', '2030', 'year')),
  own('Construction starts in mid-2025.', at('mid-2025', '2025', 'year', { qualifiers: { part: 'mid' } })),
  own('The chip will ship in early 2026.', at('early 2026', '2026', 'year')),
  own('The rules must be adopted by the end of 2025.', at('the end of 2025', '2025', 'year', { qualifiers: { forecast: true, part: 'end' } })),
  own('Revenue tripled from 2020 to 2024.', at('2020 to 2024', '2020', 'year', { end: '2024' })),
  own('Prices were stable between 2019 and 2021.', at('2019 and 2021', '2019', 'year', { end: '2021' })),
  own('Stock prices soared in the 1990s.', at('the 1990s', '1990', 'year', { end: '1999' })),
  own('Attendance hit a record in the 2025-26 season.', at('the 2025-26', '2025', 'year', { end: '2026' })),
  own('Sales in 2024 and 2025 beat forecasts.', at('2025', '2025', 'year')),
  own('The budget for 2026 was approved.', at('2026', '2026', 'year')),
  own('The company hired 2,025 employees.', null),
  own('The company has 2025 employees.', null),
  own('The model scored 2025 points on the benchmark.', null),
  own('The firm is one of 2025 startups selected.', null),
  own('Room 2019 was booked for the meeting.', null),
  own('OpenAI released GPT-4 to paying users.', null),
  own('The app has 12 million users.', null),
  own('It opened its third office in Asia.', null),
  own('The startup raised a Series B round.', null),
  own('2025-2025-2025-2025', null),
  // quarters
  own('Revenue rose 12% in Q3 2025.', at('Q3 2025', '2025-07', 'quarter', { end: '2025-09' })),
  own("Margins improved in Q3'25.", at("Q3'25", '2025-07', 'quarter', { end: '2025-09' })),
  own('3Q25 profit beat estimates.', at('3Q25', '2025-07', 'quarter', { end: '2025-09' })),
  own('Profit in the third quarter of 2025 rose 9%.', at('the third quarter of 2025', '2025-07', 'quarter', { end: '2025-09' })),
  own('Samsung posted record third-quarter revenue.', at('third-quarter', '2025-07', 'quarter', { end: '2025-09' }), '2025-10-30'),
  own('Exports grew in the April-June quarter.', at('the April-June quarter', '2025-04', 'quarter', { end: '2025-06' }), '2025-08-01'),
  own('GDP expanded in the April-June quarter of 2024.', at('the April-June quarter of 2024', '2024-04', 'quarter', { end: '2024-06' })),
  own('Sales fell in the fourth quarter of last year.', at('the fourth quarter of last year', '2024-10', 'quarter', { end: '2024-12' }), APR2),
  own('Sales fell last quarter.', at('last quarter', '2025-01', 'quarter', { end: '2025-03' }), APR2),
  own('Sales fell last quarter.', at('last quarter', '2024-10', 'quarter', { end: '2024-12' }), '2025-01-15'),
  own('Revenue is expected to grow this quarter.', at('this quarter', '2025-04', 'quarter', { end: '2025-06' }), APR2),
  own('The bank reported earnings for the March quarter.', at('the March quarter', '2025-01', 'quarter', { end: '2025-03' }), '2025-05-10'),
  own('Q1 shipments fell 5%.', at('Q1', '2025-01', 'quarter', { end: '2025-03' }), APR2),
  own('Q4 sales were strong.', at('Q4', '2024-10', 'quarter', { end: '2024-12' }), APR2),
  own('Q3 results are due soon.', at('Q3', null, 'quarter')),
  own("Apple's fiscal third quarter ended in June.", at('fiscal third quarter', null, 'quarter', { qualifiers: { fiscal: true, quarter: 3 } })),
  own('Revenue in Q3 FY2025 rose.', at('Q3 FY2025', null, 'quarter', { qualifiers: { fiscal: true, fiscalYear: 2025 } })),
  own('He scored in the fourth quarter of the game.', null),
  own('The company expects a rebound in the first quarter.', at('the first quarter', '2025-01', 'quarter'), APR2),
  // halves
  own('Sales in the first half of 2025 rose 10%.', at('the first half of 2025', '2025-01', 'half', { end: '2025-06' })),
  own('H1 2025 revenue beat forecasts.', at('H1 2025', '2025-01', 'half', { end: '2025-06' })),
  own('1H25 operating profit doubled.', at('1H25', '2025-01', 'half', { end: '2025-06' })),
  own('Growth should pick up in the second half of this year.', at('the second half of this year', '2025-07', 'half', { end: '2025-12' }), APR2),
  own('The firm posted first-half profit of $2 billion.', at('first-half', '2025-01', 'half', { end: '2025-06' }), '2025-08-14'),
  own('Demand weakened in the latter half of 2024.', at('the latter half of 2024', '2024-07', 'half', { end: '2024-12' })),
  own('The first half of the year was slow.', at('The first half of the year', '2025-01', 'half'), APR2),
  own('The first half hour was slow.', null, APR2),
  // resolved from an earlier mention of the same text
  own('Revenue in Q3 2025 rose 12% from the same period last year.', at('the same period last year', '2024-07', 'quarter', { end: '2024-09' })),
  own(
    'Operating profit in the third quarter of 2025 was 9.2 trillion won, up 30% from a year earlier.',
    at('a year earlier', '2024-07', 'quarter', { end: '2024-09' }),
  ),
  own('Sales in the first half of 2025 beat the same period a year earlier.', at('the same period a year earlier', '2024-01', 'half', { end: '2024-06' })),
  own('Profit rose 5% from the same period last year.', at('the same period last year', null, null), APR2),
  own('Revenue in the second quarter of 2024 rose 4% from the previous quarter.', at('the previous quarter', '2024-01', 'quarter', { end: '2024-03' })),
  own('Naver opened a Tokyo office in April 2024 and a Seoul office the same month.', at('the same month', '2024-04', 'month')),
  own('The feature launched on March 25; two days later, traffic peaked.', at('two days later', '2025-03-27', 'day'), APR2),
  own('The startup was valued at $1 billion a year ago.', at('a year ago', '2024', 'year'), APR2),
  own('The law passed 100 days ago.', at('100 days ago', '2024-12-23', 'day'), APR2),
  own('Prices peaked three months ago.', at('three months ago', '2025-01', 'month'), APR2),
  own('Q2 2025 net income fell from the year-earlier period.', at('the year-earlier period', '2024-04', 'quarter', { end: '2024-06' })),
  own('Sales in Q2 2025 rose 3% compared with the same quarter of 2023.', at('the same quarter of 2023', '2023-04', 'quarter', { end: '2023-06' })),
  own('Exports in March 2025 rose 4% from the previous month.', at('the previous month', '2025-02', 'month')),
  own('Net profit for 2024 was up 7% from the previous year.', at('the previous year', '2023', 'year')),
  // vague
  own('The company will expand in the coming weeks.', vague('in the coming weeks')),
  own('Prices have softened in recent months.', vague('in recent months')),
  own('The firm recently hired a new CFO.', vague('recently')),
  own('A decision is expected soon.', vague('soon')),
  own('Launch is planned in the near future.', vague('in the near future')),
  own('Over the past few years, usage has exploded.', vague('Over the past few years')),
  own('The company has grown a lot lately.', vague('lately')),
  own('Please reply as soon as possible.', null),
  own('At the same time, costs rose.', null),
  own('The same team built the app.', null),
  own('It was the first time the company had done so.', null),
  own('Shares fell for the second straight session.', null),
  own('The next generation of chips is faster.', null),
];

export const corpus: CorpusExample[] = [...SEED, ...OWN];
