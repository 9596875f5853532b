// The percent corpus: every example is also a test (percent.test.ts). `expect` lists the fields one
// percent mention must have; `null` means no percentage may be found. The seed articles contain no
// percentage, so the seed examples here are negatives.
import type { CorpusExample } from '../types.js';

type Expect = CorpusExample['expect'];
const own = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'own' });
const seed = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'seed' });
const pct = (number: number) => ({ kind: 'percent' as const, number });

export const corpus: CorpusExample[] = [
  // ---- from the seed articles (no percentages there) ------------------------------------------
  seed(
    'The Korean AI market, valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033, providing ample opportunities for growth and innovation.',
    null,
  ),
  seed(
    'More than 1.25 million users in South Korea are using ChatGPT each day as OpenAI’s newly launched image generation feature gains explosive popularity.',
    null,
  ),
  seed(
    'He said, "Weekly ChatGPT users in Korea quadrupled over the past year, and in terms of application programming interface (API) use, Korea ranks in the global top 10."',
    null,
  ),

  // ---- signs and words ----------------------------------------------------------------------------
  own('The carrier holds 42% of the market.', { text: '42%', value: pct(42) }),
  own('Turnout reached 42 percent in the capital.', { text: '42 percent', value: pct(42) }),
  own('The tax rate is 42.5 per cent.', { text: '42.5 per cent', value: pct(42.5) }),
  own('The stake rose to 49.5 percent in March.', { text: '49.5 percent', value: pct(49.5) }),
  own('Inflation eased to 2.4pct in May.', { text: '2.4pct', value: pct(2.4) }),
  own('Exports rose 11 pct from a year earlier.', { text: '11 pct', value: pct(11), qualifiers: { basis: 'year-over-year' } }),
  own('The bank posted a 20-percent gain.', { text: '20-percent', value: pct(20) }),
  own('Growth hit 7.25% in the third quarter.', { text: '7.25%', value: pct(7.25) }),
  own('Only 0.5% of users pay.', { text: '0.5%', value: pct(0.5) }),
  own('The index fell 100% short of the target.', { text: '100%', value: pct(100) }),
  own('The discount was 30 per cent off the list price.', { text: '30 per cent', value: pct(30) }),
  own('The company owns a 58% stake in the venture.', { text: '58%', value: pct(58) }),
  own('The firm controls 22 percent of the lender.', { text: '22 percent', value: pct(22) }),
  own('Its share was 19.97 percent last month.', { text: '19.97 percent', value: pct(19.97) }),
  own('Approval stood at 1,200% of the old level.', { text: '1,200%', value: pct(1200) }),
  own('Only five percent of firms use the tool.', { text: 'five percent', value: pct(5) }),
  own('Twenty-five per cent of staff work remotely.', { text: 'Twenty-five per cent', value: pct(25) }),
  own('The country gets ten percent of its power from wind.', { text: 'ten percent', value: pct(10) }),
  own('The unit grew by a hundred percent.', { text: 'a hundred percent', value: pct(100) }),
  own('The fund returned 12 ％ last year.', { text: '12 ％', value: pct(12) }),

  // ---- signs ----------------------------------------------------------------------------------------
  own('Shares closed -5% on the day.', { text: '-5%', value: pct(-5) }),
  own('The index moved −3.2% after the data.', { text: '−3.2%', value: pct(-3.2) }),
  own('Margins improved (+4%) on cost cuts.', { text: '+4%', value: pct(4) }),
  own('The stock fell 5% on Monday.', { text: '5%', value: pct(5) }),

  // ---- points -------------------------------------------------------------------------------------
  own('Its share rose 3.5 percentage points.', { text: '3.5 percentage points', value: pct(3.5), qualifiers: { points: true } }),
  own('That number marks a 0.4 percentage point decline.', { text: '0.4 percentage point', value: pct(0.4), qualifiers: { points: true } }),
  own('Margins widened 2.1 percentage-points.', { text: '2.1 percentage-points', qualifiers: { points: true } }),
  own('Support slipped 4pp in a month.', { text: '4pp', value: pct(4), qualifiers: { points: true } }),
  own('Unemployment fell 0.3 ppt in June.', { text: '0.3 ppt', value: pct(0.3), qualifiers: { points: true } }),
  own('The spread narrowed 1.5% points.', { text: '1.5% points', value: pct(1.5), qualifiers: { points: true } }),
  own('The central bank raised rates by 25 basis points.', { text: '25 basis points', value: pct(0.25), qualifiers: { points: true } }),
  own('Yields jumped 50bps overnight.', { text: '50bps', value: pct(0.5), qualifiers: { points: true } }),
  own('The bank cut its rate by 75 bp.', { text: '75 bp', value: pct(0.75), qualifiers: { points: true } }),
  own('The operator gained 0.03 percentage point on-month.', { text: '0.03 percentage point', qualifiers: { points: true, basis: 'month-over-month' } }),

  // ---- basis of the change --------------------------------------------------------------------------
  own('Revenue grew 11% year-over-year to $5 billion.', { text: '11%', value: pct(11), qualifiers: { basis: 'year-over-year' } }),
  own('Users grew 27 percent year-on-year.', { text: '27 percent', qualifiers: { basis: 'year-over-year' } }),
  own('Sales were up 14% YoY.', { text: '14%', qualifiers: { basis: 'year-over-year' } }),
  own('Bookings rose 4% quarter-on-quarter.', { text: '4%', qualifiers: { basis: 'quarter-over-quarter' } }),
  own('Output rose 2% sequentially.', { text: '2%', qualifiers: { basis: 'quarter-over-quarter' } }),
  own('Prices climbed 0.4% month-on-month.', { text: '0.4%', qualifiers: { basis: 'month-over-month' } }),
  own('Profit fell 8% from a year earlier.', { text: '8%', qualifiers: { basis: 'year-over-year' } }),
  own('Sales rose 6% in the quarter.', { text: '6%', qualifiers: { basis: null } }),

  // ---- hedges -------------------------------------------------------------------------------------
  own('The chain holds more than 75 per cent of the segment.', { text: 'more than 75 per cent', value: pct(75), qualifiers: { approx: 'more_than' } }),
  own('India accounts for over 11 per cent of users.', { text: 'over 11 per cent', qualifiers: { approx: 'over' } }),
  own('The share hovered below 50 percent.', { text: 'below 50 percent', qualifiers: { approx: 'less_than' } }),
  own('Revenue rose around 18% in the quarter.', { text: 'around 18%', qualifiers: { approx: 'about' } }),
  own('At least 90% of subscribers watch anime.', { text: 'At least 90%', qualifiers: { approx: 'at_least' } }),
  own('Nearly 40% of the budget went to defence.', { text: 'Nearly 40%', qualifiers: { approx: 'nearly' } }),
  own('Up to 30% of jobs could change.', { text: 'Up to 30%', qualifiers: { approx: 'up_to' } }),
  own('Less than 5 percent of loans are bad.', { text: 'Less than 5 percent', qualifiers: { approx: 'less_than' } }),
  own('Roughly 60% of voters agreed.', { text: 'Roughly 60%', qualifiers: { approx: 'about' } }),
  own('Some 15% of the workforce left.', { text: 'Some 15%', qualifiers: { approx: 'about' } }),
  own('Approximately 12.5 percent of homes lack broadband.', { text: 'Approximately 12.5 percent', value: pct(12.5), qualifiers: { approx: 'about' } }),
  own('The stake exceeded 50% after the deal.', { text: '50%', qualifiers: { approx: 'more_than' } }),

  // ---- ranges ---------------------------------------------------------------------------------------
  own('Analysts expect growth of 5-7% next year.', { text: '5', value: pct(5) }),
  own('Analysts expect growth of 5-7% next year.', { text: '7%', value: pct(7) }),
  own('Rates could rise between 2 and 3 percent.', { text: '2', value: pct(2) }),
  own('Its share fell from 29% in 2017 to 15% in 2022.', { text: '29%', value: pct(29) }),
  own('Its share fell from 29% in 2017 to 15% in 2022.', { text: '15%', value: pct(15) }),

  // ---- not percentages ------------------------------------------------------------------------------
  own('The company has 12 million users.', null),
  own('The bank raised $40 billion.', null),
  own('The centre has a 100-strong team.', null),
  own('He paid 50 cents for the stamp.', null),
  own('Revenue grew sharply in 2024.', null),
  own('The plan earned a percentage of the fees.', null),
  own('A per cent sign was missing.', null),
  own('Use 100 % cotton?', { text: '100 %', value: pct(100) }),
]
