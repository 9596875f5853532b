// The multiplier corpus: every example is also a test (multiplier.test.ts). `expect` lists the
// fields one multiplier mention must have; `null` means none may be found. Seed examples come
// from ../../../seeds.
import type { CorpusExample } from '../types.js';

type Expect = CorpusExample['expect'];
const own = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'own' });
const seed = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'seed' });
const factor = (f: number) => ({ kind: 'multiplier' as const, factor: f });

export const corpus: CorpusExample[] = [
  // ---- from the seed articles ------------------------------------------------------------------
  seed(
    'He said, "Weekly ChatGPT users in Korea quadrupled over the past year, and in terms of application programming interface (API) use, Korea ranks in the global top 10."',
    { text: 'quadrupled', value: factor(4), qualifiers: { approx: null } },
  ),
  seed(
    'The company’s valuation, which stood at $157 billion in October last year, has nearly doubled to $300 billion in just over five months.',
    { text: 'nearly doubled', value: factor(2), qualifiers: { approx: 'nearly' } },
  ),
  seed(
    'Jason Kwon, Chief Strategy Officer (CSO) of OpenAI, will visit South Korea on Thursday for the second time in just over two weeks to explore partnerships in the artificial intelligence (AI) sector, industry sources said on Wednesday.',
    null,
  ),
  seed(
    'This marks a significant jump from March 10, when the DAU surpassed the 1 million mark for the first time at 1,033,733, setting a new record just two weeks later.',
    null,
  ),

  // ---- verbs ------------------------------------------------------------------------------------
  own('Revenue doubled in the second half.', { text: 'doubled', value: factor(2) }),
  own('The user base tripled within a year.', { text: 'tripled', value: factor(3) }),
  own('Profits quadrupled after the merger.', { text: 'quadrupled', value: factor(4) }),
  own('Orders quintupled during the pandemic.', { text: 'quintupled', value: factor(5) }),
  own('The share price halved in a week.', { text: 'halved', value: factor(0.5) }),
  own('The company plans to double its workforce by 2027.', { text: 'double', value: factor(2) }),
  own('The group aims to triple production in Vietnam.', { text: 'triple', value: factor(3) }),
  own('The regulator wants to halve the fee.', { text: 'halve', value: factor(0.5) }),
  own('The firm doubles its dividend every five years.', { text: 'doubles', value: factor(2) }),
  own('The plan calls for a doubling of capacity.', { text: 'doubling', value: factor(2) }),
  own('Tripling the budget will take years.', { text: 'Tripling', value: factor(3) }),
  own('Chip sales have more than doubled since 2020.', { text: 'more than doubled', value: factor(2), qualifiers: { approx: 'more_than' } }),
  own('The valuation nearly tripled to $9 billion.', { text: 'nearly tripled', qualifiers: { approx: 'nearly' } }),
  own('Its traffic almost doubled last month.', { text: 'almost doubled', qualifiers: { approx: 'nearly' } }),
  own('Exports roughly quadrupled over a decade.', { text: 'roughly quadrupled', qualifiers: { approx: 'about' } }),
  own('Costs have at least doubled since the war.', { text: 'at least doubled', qualifiers: { approx: 'at_least' } }),
  own('Investors worried about doubling the debt load.', { text: 'doubling', qualifiers: { approx: null } }),

  // ---- -fold ------------------------------------------------------------------------------------
  own('The lab reported a fivefold rise in demand.', { text: 'fivefold', value: factor(5) }),
  own('Traffic showed a five-fold increase.', { text: 'five-fold', value: factor(5) }),
  own('Searches rose 10-fold in a month.', { text: '10-fold', value: factor(10) }),
  own('Costs grew tenfold over the decade.', { text: 'tenfold', value: factor(10) }),
  own('The test is twofold more sensitive.', { text: 'twofold', value: factor(2) }),
  own('Output grew threefold after automation.', { text: 'threefold', value: factor(3) }),
  own('Demand jumped a hundredfold.', { text: 'a hundredfold', value: factor(100) }),
  own('The model is 1.5-fold faster.', { text: '1.5-fold', value: factor(1.5) }),
  own('Usage grew nearly 20-fold in two years.', { text: 'nearly 20-fold', value: factor(20), qualifiers: { approx: 'nearly' } }),
  own('Prices climbed about sixfold.', { text: 'about sixfold', qualifiers: { approx: 'about' } }),

  // ---- x ----------------------------------------------------------------------------------------
  own('The new chip delivers a 10x jump in speed.', { text: '10x', value: factor(10) }),
  own('Engineers promise 2.5x better battery life.', { text: '2.5x', value: factor(2.5) }),
  own('Returns reached 3 x the initial stake.', { text: '3 x', value: factor(3) }),
  own('It trades at 40× earnings.', { text: '40×', value: factor(40) }),
  own('The deal values the group at 12 times earnings.', { text: '12 times', value: factor(12) }),
  own('The fund made a 100X return.', { text: '100X', value: factor(100) }),

  // ---- "N times" --------------------------------------------------------------------------------
  own('The platform has three times as many users as last year.', { text: 'three times', value: factor(3) }),
  own('Sales grew three times in a decade.', { text: 'three times', value: factor(3) }),
  own('The rival is five times the size of the startup.', { text: 'five times', value: factor(5) }),
  own('Its revenue is 10 times that of its nearest rival.', { text: '10 times', value: factor(10) }),
  own('The new engine is 2.5 times faster.', { text: '2.5 times', value: factor(2.5) }),
  own('Prices are now four times higher than in 2019.', { text: 'four times', value: factor(4) }),
  own('The stock rose nearly 10 times in three years.', { text: 'nearly 10 times', value: factor(10), qualifiers: { approx: 'nearly' } }),
  own('Data centres use twenty times more power.', { text: 'twenty times', value: factor(20) }),
  own('The market grew by a hundred times over the period.', { text: 'a hundred times', value: factor(100) }),
  own('The company now has twice as many engineers.', { text: 'twice', value: factor(2) }),
  own('The new plant is twice the size of the old one.', { text: 'twice', value: factor(2) }),
  own('Output grew twice over the period.', { text: 'twice', value: factor(2) }),
  own('The rival produces half as many cars.', { text: 'half', value: factor(0.5) }),
  own('Costs rose thrice as fast as revenue.', { text: 'thrice', value: factor(3) }),

  // ---- factor of ------------------------------------------------------------------------------
  own('The cloud market grew by a factor of six.', { text: 'a factor of six', value: factor(6) }),
  own('Prices fell by a factor of 10 in a decade.', { text: 'a factor of 10', value: factor(10) }),
  own('The risk rises by roughly a factor of three.', { text: 'roughly a factor of three', qualifiers: { approx: 'about' } }),

  // ---- not multipliers --------------------------------------------------------------------------
  own('The board meets three times a week.', null),
  own('The clip was viewed 1 billion times globally.', null),
  own('Dividends are paid twice a year.', null),
  own('The company will double down on AI.', null),
  own('Profit rose by a double-digit margin.', null),
  own('The hall doubles as a concert venue.', null),
  own('The bond carries a triple-A rating.', null),
  own('The first half of the year was strong.', null),
  own('Half a million people attended.', null),
  own('The room is 3 x 4 metres.', null),
  own('The team played doubles at the open.', null),
  own('The lab is working on 4x4 vehicles.', null),
  own('Revenue rose 40% to $2 billion.', null),
  own('The firm ranked second for the third time.', null),
]
