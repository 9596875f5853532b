// Examples for the users rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  // The next in a list of the same figure: "…, followed by Y with N".
  { origin: 'own', text: 'Vireo TV Inc. has 4 million paying subscribers in Chile, followed by Spotify with 2.5 million.', expect: [{ type: 'users.paid', subject: 'Vireo TV', value: { number: 4e6 } }, { type: 'users.paid', subject: 'Spotify', value: { number: 2.5e6 }, scope: 'Chile' }] },
  { origin: 'own', text: 'Vireo TV Inc. has 4 million paying subscribers in Chile, followed by Spotify with 2.5 million downloads.', expect: [{ type: 'users.paid', subject: 'Vireo TV', value: { number: 4e6 } }], absent: [{ type: 'users.paid', subject: 'Spotify' }] },
  {
    origin: 'seed',
    text: ' date 2025-04-02 ChatGPT users\n\nAccording to Mobile Index, a data analytics platform operated by IGAWorks, ChatGPT recorded a daily active user (DAU) count of 1,252,925 in South Korea on March 27—the highest ever. This marks a significant jump from March 10, when the DAU surpassed the 1 million mark for the first time at 1,033,733, setting a new record just two weeks later.',
    expect: [
      { type: 'users.daily_active', subject: 'ChatGPT', value: { number: 1252925 }, scope: 'South Korea', time: '2025-03-27' },
      { type: 'users.daily_active', value: { number: 1033733 }, time: '2025-03-10' },
    ],
    // A threshold crossed on the way to an exact figure is not a count of its own.
    absent: [{ type: 'users.daily_active', value: { number: 1e6 } }],
  },
  {
    origin: 'seed',
    text: 'The number of ChatGPT app users in the country recently surpassed 12 million, making it a "national app," and major corporations such as Samsung are using OpenAI\'s APIs in their in-house systems.',
    expect: [{ type: 'users.total', subject: 'ChatGPT', value: { number: 12e6 }, qualifiers: { approx: 'more_than' } }],
  },
  {
    origin: 'seed',
    text: 'Why Korea? Korea is the market in Asia with the most paid ChatGPT users and one of the most rapidly growing, important markets.',
    expect: [{ type: 'users.paid', subject: 'ChatGPT', value: { kind: 'rank', rank: 1 } }],
  },
  {
    origin: 'seed',
    text: 'South Korea ranks among the top 10 countries globally in terms of ChatGPT users and developers using OpenAI platforms. In particular, it has the second-largest number of paid ChatGPT subscribers, following the United States.',
    expect: [{ type: 'users.paid', subject: 'ChatGPT', value: { kind: 'rank', rank: 2 } }],
  },
  {
    origin: 'seed',
    text: "According to OpenAI, South Korea currently boasts the largest number of paying ChatGPT subscribers outside of the United States, underscoring the nation's enthusiastic adoption of advanced AI technologies.",
    expect: [{ type: 'users.paid', value: { kind: 'rank', rank: 2 } }],
  },
  // Active users: the count before or after the metric, in any wording
  { origin: 'own', text: 'Zalo has 75 million monthly active users in Vietnam.', expect: [{ type: 'users.monthly_active', value: { number: 75e6 }, scope: 'Vietnam' }] },
  { origin: 'own', text: 'Mexico already has 22 million weekly active Perplexity users.', expect: [{ type: 'users.weekly_active', subject: 'Perplexity', value: { number: 22e6 }, scope: 'Mexico' }] },
  { origin: 'own', text: 'Its rival, LinguaLoop, reported 12 million MAU in September.', date: '2025-11-03', expect: [{ type: 'users.monthly_active', subject: 'LinguaLoop', value: { number: 12e6 }, time: '2025-09' }] },
  { origin: 'own', text: 'In October the app logged an average of 9.6 million daily active users (DAU) and 18.5 million weekly active users.', date: '2025-11-03', expect: [{ type: 'users.daily_active', value: { number: 9.6e6 }, time: '2025-10' }, { type: 'users.weekly_active', value: { number: 18.5e6 }, time: '2025-10' }] },
  { origin: 'own', text: 'Monthly active users of Corvane Assist, the chatbot that it bundles with its search product, hit 11 million at the end of June.', date: '2025-08-06', expect: [{ type: 'users.monthly_active', subject: 'Corvane Assist', value: { number: 11e6 }, time: '2025-06' }] },
  { origin: 'own', text: 'Across the world, the platform has more than 480 million monthly active users.', expect: [{ type: 'users.monthly_active', value: { number: 480e6 }, qualifiers: { approx: 'more_than' } }] },
  { origin: 'own', text: 'Tickr’s daily users topped 3 million for the first time.', expect: [{ type: 'users.daily_active', value: { number: 3e6 } }] },
  { origin: 'own', text: 'Threadly said its MAUs reached 45 crore.', expect: [{ type: 'users.monthly_active', value: { number: 450e6 } }] },
  // "which rose to", "with N in total"
  { origin: 'own', text: 'Pellucid Inc. has started reporting “monetizable daily active users” (mDAU), which rose to 58 million — up 11% YoY and 3% against the prior quarter.', expect: [{ type: 'users.daily_active', value: { number: 58e6 } }, { type: 'users.growth', value: { kind: 'percent', number: 11 } }, { type: 'users.growth', value: { kind: 'percent', number: 3 } }] },
  { origin: 'own', text: 'In Q3 2021, Harbin Social Inc. posted a quarter-on-quarter MAU increase of 6 million users, with 212 million in total.', expect: [{ type: 'users.monthly_active', value: { number: 212e6 }, time: '2021-07' }], absent: [{ type: 'users.monthly_active', value: { number: 6e6 } }, { type: 'users.total', value: { number: 6e6 } }] },
  // An earlier figure is a fact of its own
  {
    origin: 'own',
    text: ' date 2025-10-08 Quill\n\nQuill, the AI coding assistant made by Quillstack, now has 4.2 million weekly active users, up from 1.5 million a year ago.',
    expect: [{ type: 'users.weekly_active', subject: 'Quill', value: { number: 4.2e6 } }, { type: 'users.weekly_active', subject: 'Quill', value: { number: 1.5e6 }, time: '2024' }],
  },
  {
    origin: 'own',
    text: 'Telmio Music Inc.’s total monthly active users (MAUs) rose 18 percent year-on-year, from 152 million in the second quarter of 2021 to 179 million users in the second quarter of 2022.',
    expect: [
      { type: 'users.growth', subject: 'Telmio Music', value: { kind: 'percent', number: 18 } },
      { type: 'users.monthly_active', subject: 'Telmio Music', value: { number: 152e6 }, time: '2021-04' },
      { type: 'users.monthly_active', subject: 'Telmio Music', value: { number: 179e6 }, time: '2022-04' },
    ],
  },
  {
    origin: 'own',
    text: 'Monthly active users (MAU) of Fala, the Brazilian language-learning app, grew 45% from a year earlier to 31 million in October.',
    date: '2025-11-03',
    expect: [{ type: 'users.monthly_active', subject: 'Fala', value: { number: 31e6 }, time: '2025-10' }, { type: 'users.growth', subject: 'Fala', value: { kind: 'percent', number: 45 } }],
  },
  // Use per day, week or month
  { origin: 'own', text: 'More than 21,000 clinicians use Scribe each week, up from 5,000 in January.', expect: [{ type: 'users.weekly_active', value: { number: 21000 }, qualifiers: { approx: 'more_than' } }, { type: 'users.weekly_active', value: { number: 5000 } }] },
  { origin: 'own', text: 'Its consumer app, KoshaPay, has crossed 25 million registered users, with about 3.2 million people using it daily.', expect: [{ type: 'users.total', subject: 'KoshaPay', value: { number: 25e6 } }, { type: 'users.daily_active', subject: 'KoshaPay', value: { number: 3.2e6 }, qualifiers: { approx: 'about' } }] },
  { origin: 'own', text: 'More than 18,000 workers at 140 plants now use it at least once a month, a figure that has tripled since January.', expect: [{ type: 'users.monthly_active', value: { number: 18000 } }, { type: 'users.growth', value: { kind: 'multiplier', factor: 3 } }], absent: [{ type: 'users.monthly_active', value: { number: 140 } }] },
  // Crossing a mark with no exact figure: the mark, hedged
  { origin: 'own', text: 'Telegram says it has crossed the 45 million monthly active users mark in Brazil.', expect: [{ type: 'users.monthly_active', subject: 'Telegram', value: { number: 45e6 }, scope: 'Brazil', qualifiers: { approx: 'more_than' } }] },
  // Paid
  { origin: 'own', text: 'Netflix’s subscribers passed 10 million in Japan.', expect: [{ type: 'users.paid', subject: 'Netflix', value: { number: 10e6 }, scope: 'Japan', qualifiers: { approx: 'more_than' } }] },
  { origin: 'own', text: 'Disney+ boasts around 8.4 million subscribers in Mexico.', expect: [{ type: 'users.paid', subject: 'Disney+', value: { number: 8.4e6 }, scope: 'Mexico' }] },
  { origin: 'own', text: 'Paying subscribers have more than tripled since the start of 2024 and now number just over 2.2 million.', expect: [{ type: 'users.paid', value: { number: 2.2e6 } }, { type: 'users.growth', value: { kind: 'multiplier', factor: 3 }, qualifiers: { approx: 'more_than' } }] },
  { origin: 'own', text: 'Its premium users rose 15 percent year-on-year from 40 to 46 million.', expect: [{ type: 'users.paid', value: { number: 46e6 } }, { type: 'users.paid', value: { number: 40e6 } }, { type: 'users.growth', value: { kind: 'percent', number: 15 } }] },
  { origin: 'own', text: 'Paid seats rose to 3.4 million, the company said.', expect: [{ type: 'users.paid', value: { number: 3.4e6 } }] },
  { origin: 'own', text: 'About 610,000 developers pay for Quill’s Pro tier.', expect: [{ type: 'users.paid', value: { number: 610000 }, qualifiers: { approx: 'about' } }] },
  { origin: 'own', text: 'The streamer has 7 million paid subscribers in Germany.', expect: [{ type: 'users.paid', value: { number: 7e6 }, scope: 'Germany' }] },
  // Total
  { origin: 'own', text: 'In all, more than 95 million people have signed up for Fala since it launched in 2020.', expect: [{ type: 'users.total', value: { number: 95e6 }, qualifiers: { approx: 'more_than' } }] },
  { origin: 'own', text: 'Poland is approaching 800,000 developers on the Corvane Studio platform.', expect: [{ type: 'users.total', subject: 'Corvane Studio', value: { number: 800000 }, scope: 'Poland' }] },
  // Growth
  { origin: 'own', text: 'The subscriber base of Netflix has doubled in the last four years.', expect: [{ type: 'users.growth', value: { kind: 'multiplier', factor: 2 } }] },
  { origin: 'own', text: 'Monthly active users rose 12% year over year.', expect: [{ type: 'users.growth', value: { kind: 'percent', number: 12 } }] },
  // Negatives: changes and thresholds are not counts
  { origin: 'own', text: 'Pellucid Inc. reported 2 million fewer MAUs, and in Q3 it dropped 4 million monthly users compared to the quarter before.', expect: [], absent: [{ type: 'users.monthly_active' }] },
  { origin: 'own', text: 'The 6 million mDAUs hike over the last nine months came largely from Asia.', expect: [], absent: [{ type: 'users.daily_active' }] },
  { origin: 'own', text: 'The company hopes to reach the 100 million mark soon.', expect: [], absent: [{ type: 'users.total' }, { type: 'users.monthly_active' }] },
  {
    origin: 'seed',
    text: 'He said, "Weekly ChatGPT users in Korea quadrupled over the past year, and in terms of API use, Korea ranks in the global top 10."',
    expect: [{ type: 'users.growth', subject: 'ChatGPT', value: { kind: 'multiplier', factor: 4 }, scope: 'South Korea' }],
  },
  { origin: 'own', text: 'Paid subscribers to the Lumo app tripled over the past two years, the company said.', expect: [{ type: 'users.growth', value: { kind: 'multiplier', factor: 3 } }] },
  { origin: 'own', text: 'Monthly Vexa users doubled in 2024.', date: '2025-03-01', expect: [{ type: 'users.growth', value: { kind: 'multiplier', factor: 2 }, time: '2024' }] },
  { origin: 'own', text: 'Daily users of the Quillo assistant have quadrupled since launch.', expect: [{ type: 'users.growth', value: { kind: 'multiplier', factor: 4 } }] },
  // The earlier figure: "grew to X from Y", a year-on-year comparison, a next sentence pointing back
  { origin: 'own', text: 'Monthly active users grew to 40 million in March from 32 million.', date: '2025-06-01', expect: [{ type: 'users.monthly_active', value: { number: 40e6 }, time: '2025-03' }, { type: 'users.monthly_active', value: { number: 32e6 } }] },
  { origin: 'own', text: 'Weekly active users reached 40 million in March, a 25% year-on-year increase from 32 million.', date: '2025-06-01', expect: [{ type: 'users.weekly_active', value: { number: 32e6 }, time: '2024-03' }] },
  { origin: 'own', text: 'Tandem had 40 million monthly active users at the end of June. That is up 25% from 32 million a year earlier.', date: '2025-08-01', expect: [{ type: 'users.monthly_active', value: { number: 32e6 }, time: '2024-06' }] },
  { origin: 'own', text: 'Tandem had 40 million monthly active users at the end of June. This is a big increase from 2 million downloads.', date: '2025-08-01', expect: [{ type: 'users.monthly_active', value: { number: 40e6 } }], absent: [{ type: 'users.monthly_active', value: { number: 2e6 } }] },
  // A growth holds when the figure it grows to does; "now …, up from N a year ago" is a year before the article's month
  { origin: 'own', text: 'Monthly active users of Tandem grew 32% from a year earlier to 18 million in September, the company said.', date: '2025-10-20', expect: [{ type: 'users.growth', value: { number: 32 }, time: '2025-09' }, { type: 'users.monthly_active', value: { number: 18e6 }, time: '2025-09' }] },
  { origin: 'own', text: 'Tandem’s monthly active users grew 20 percent year-on-year, from 50 million in the second quarter of 2024 to 60 million in the second quarter of 2025.', date: '2025-08-01', expect: [{ type: 'users.growth', value: { number: 20 }, time: '2025-04' }, { type: 'users.monthly_active', value: { number: 50e6 }, time: '2024-04' }] },
  { origin: 'own', text: 'Tandem now has 3.1 million weekly active users, up from 1.2 million a year ago, its founder said.', date: '2025-10-08', expect: [{ type: 'users.weekly_active', value: { number: 1.2e6 }, time: '2024-10' }] },
  { origin: 'own', text: 'Tandem had 3.1 million weekly active users in March, up from 1.2 million a year ago.', date: '2025-10-08', expect: [{ type: 'users.weekly_active', value: { number: 1.2e6 }, time: '2024-03' }] },
  // "more than double the N it counted in June 2024": the earlier figure; the growth holds when the later one does;
  // "registered for the app": the article's product
  {
    origin: 'own',
    text: ' date 2025-07-09 Duetto grows\n\nDuetto, the karaoke app, keeps growing. Duetto Plus, its paid tier, had 860,000 subscribers at the end of June, more than double the 410,000 it counted in June 2024. More than 40 million people have registered for the app since its debut.',
    expect: [
      { type: 'users.paid', value: { number: 410000 }, time: '2024-06' },
      { type: 'users.growth', value: { factor: 2 }, time: '2025-06' },
      { type: 'users.total', subject: 'Duetto', value: { number: 40e6 } },
    ],
  },
  { origin: 'own', text: 'Tandem drew 23.5 million monthly active users in July. Daily users averaged 8.1 million over the same month.', date: '2025-08-20', expect: [{ type: 'users.daily_active', value: { number: 8.1e6 }, time: '2025-07' }] },
  // "against 19 million for X and 15.5 million for Y": the figure, then whose it is
  {
    origin: 'own',
    text: 'Kalye Shop\'s share climbed. Bodega, whose share slid, ranks third. Palengke\'s app averaged 34 million monthly active users in the third quarter, against 19 million for Kalye Shop and 15.5 million for Bodega.',
    date: '2025-12-09',
    expect: [
      { type: 'users.monthly_active', subject: 'Kalye Shop', value: { number: 19e6 }, time: '2025-07' },
      { type: 'users.monthly_active', subject: 'Bodega', value: { number: 15.5e6 }, time: '2025-07' },
    ],
  },
  // Users named for what they do with the service: riders, listeners, players, learners
  { origin: 'own', text: 'Masar raised $20 million in May. Its app had about 6.3 million monthly active riders in September.', date: '2025-11-20', expect: [{ type: 'users.monthly_active', subject: 'Masar', value: { number: 6.3e6 }, time: '2025-09' }] },
  { origin: 'own', text: 'Tunewave Music says 4 million daily listeners use its app.', expect: [{ type: 'users.daily_active', value: { number: 4e6 } }] },
  { origin: 'own', text: 'The game has 12 million monthly players.', expect: [{ type: 'users.monthly_active', value: { number: 12e6 } }] },
  { origin: 'own', text: 'Defne had 3.4 million weekly users. Some 610,000 families pay 149 lira a month for a premium tier.', expect: [{ type: 'users.paid', subject: 'Defne', value: { number: 610000 } }] },
  // A telecom's lines are all its users; active within 30 days is monthly; "Of those" keeps the period; "a number that rose"
  { origin: 'own', text: 'Savanna Telecom had 14.6 million mobile subscribers at the end of June, up from 12.9 million a year earlier.', date: '2025-08-14', expect: [{ type: 'users.total', value: { number: 14.6e6 }, time: '2025-06' }, { type: 'users.total', value: { number: 12.9e6 }, time: '2024-06' }], absent: [{ type: 'users.paid' }] },
  { origin: 'own', text: 'Savanna Pay grew. The service had 7.3 million customers who made at least one payment in the 30 days to the end of June.', date: '2025-08-14', expect: [{ type: 'users.monthly_active', value: { number: 7.3e6 }, time: '2025-06' }], absent: [{ type: 'users.total' }] },
  { origin: 'own', text: 'The app counted 9.2 million registered users at the end of January. Of those, 4.1 million were monthly active users, a number that rose 38% from a year earlier.', date: '2026-02-17', expect: [{ type: 'users.monthly_active', value: { number: 4.1e6 }, time: '2026-01' }, { type: 'users.growth', value: { number: 38 } }] },
  { origin: 'own', text: 'Netflix had 8 million subscribers in Japan, up from 7 million.', expect: [{ type: 'users.paid', value: { number: 8e6 } }, { type: 'users.paid', value: { number: 7e6 } }] },
  { origin: 'own', text: 'The app counted 9.2 million registered users at the end of January. Of those, 4.1 million were monthly active users, a number that rose 38% from a year earlier.', date: '2026-02-17', expect: [{ type: 'users.growth', value: { number: 38 }, time: '2026-01' }] },
];
