// Examples for the product launch rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  // Seeds
  {
    origin: 'seed',
    text: ' date 2025-04-02 OpenAI news\n\nThe key driver behind this spike was the introduction of OpenAI’s “ChatGPT-4o image generation” feature, launched on March 25.',
    expect: [{ type: 'product.launch', subject: 'OpenAI', value: { name: 'ChatGPT-4o image generation' }, time: '2025-03-25' }],
  },
  {
    origin: 'seed',
    text: ' date 2025-04-02 OpenAI news\n\nCapitalizing on the surging demand, OpenAI announced plans to release a new inference-capable AI model for free to both consumers and developers.',
    expect: [{ type: 'product.launch', subject: 'OpenAI', value: { name: 'inference-capable AI model' }, qualifiers: { status: 'planned' } }],
  },
  {
    origin: 'seed',
    text: 'Kakao, a South Korean internet company best known for its flagship messaging app, KakaoTalk, is set to introduce ChatGPT-powered features directly into its app as part of a strategic partnership with OpenAI.',
    expect: [{ type: 'product.launch', subject: 'Kakao', value: { name: 'ChatGPT-powered features' } }],
  },
  // "launched X on/in DATE"
  { origin: 'own', text: ' date 2025-06-02 Kestrel\n\nKestrel Robotics launched Atlas 3 on May 6, a month ahead of schedule.', expect: [{ type: 'product.launch', subject: 'Kestrel Robotics', value: { name: 'Atlas 3' }, time: '2025-05-06' }] },
  { origin: 'own', text: ' date 2025-06-02 Lumenfeld\n\nLumenfeld launched its Aurum-3 family of models on May 20 and signed a deal with an insurer last month.', expect: [{ type: 'product.launch', subject: 'Lumenfeld', value: { name: 'Aurum-3' }, time: '2025-05-20' }] },
  { origin: 'own', text: ' date 2025-06-02 Heliotrope\n\nThe company launched Iris 2, which can act on a user\'s behalf inside email and calendar tools, on May 6.', expect: [{ type: 'product.launch', value: { name: 'Iris 2' }, time: '2025-05-06' }] },
  { origin: 'own', text: 'Zentrix Bank rolled out Pocket Pay in Vietnam in 2023 and now has two million users.', expect: [{ type: 'product.launch', subject: 'Zentrix Bank', value: { name: 'Pocket Pay' }, time: '2023' }] },
  { origin: 'own', text: 'Samsung Electronics unveiled the Galaxy Z Fold 7 at an event in New York.', expect: [{ type: 'product.launch', subject: 'Samsung Electronics', value: { name: 'Galaxy Z Fold 7' } }] },
  { origin: 'own', text: 'Brightwave Robotics debuted its “Helio Max” cleaning robot at a trade show in Berlin.', expect: [{ type: 'product.launch', subject: 'Brightwave Robotics', value: { name: 'Helio Max' } }] },
  { origin: 'own', text: 'Pellucid Labs released Orca, an open-source speech model, in 2024.', expect: [{ type: 'product.launch', subject: 'Pellucid Labs', value: { name: 'Orca' }, time: '2024' }] },
  // "X, launched on DATE" and appositions
  { origin: 'own', text: ' date 2025-09-14 Kumonosu\n\nIts flagship product, Hanashi Line, launched on March 4.', expect: [{ type: 'product.launch', value: { name: 'Hanashi Line' }, time: '2025-03-04' }] },
  { origin: 'own', text: ' date 2025-11-03 Fala\n\nMuch of the growth came from Fala Voz, a mode that lets users practise speaking with an AI tutor, launched on June 10.', expect: [{ type: 'product.launch', value: { name: 'Fala Voz' }, time: '2025-06-10' }] },
  { origin: 'own', text: 'Tessaro Foods said its “Green Plate” meal kit, which was launched in 2022, now sells in nine countries.', expect: [{ type: 'product.launch', subject: 'Tessaro Foods', value: { name: 'Green Plate' }, time: '2022' }] },
  { origin: 'own', text: 'Rival apps Comix Box and Panel Go, both launched in 2014, lost users last year.', expect: [{ type: 'product.launch', value: { name: 'Comix Box' }, time: '2014' }, { type: 'product.launch', value: { name: 'Panel Go' }, time: '2014' }] },
  // Descriptive names
  { origin: 'own', text: 'Last month they launched a lower-priced tier called Streamly Lite in Brazil.', expect: [{ type: 'product.launch', value: { name: 'Streamly Lite' } }] },
  { origin: 'own', text: ' date 2025-07-22 Hanul\n\nHanul Semiconductor said it launched its 12-layer HBM3E chip in April.', expect: [{ type: 'product.launch', subject: 'Hanul Semiconductor', value: { name: '12-layer HBM3E chip' }, time: '2025-04' }] },
  { origin: 'own', text: 'Meridian Telecom introduced a prepaid roaming plan for students in September.', expect: [], absent: [{ type: 'product.launch', value: { name: 'plan' } }] },
  { origin: 'own', text: 'Zentrix Bank rolled out a digital wallet app for small merchants.', expect: [{ type: 'product.launch', subject: 'Zentrix Bank', value: { name: 'digital wallet app' } }] },
  // Nouns: "the launch of", "the debut of"
  { origin: 'own', text: 'OpenAI has grown quickly since the launch of its ChatGPT chatbot in late 2022.', expect: [{ type: 'product.launch', subject: 'OpenAI', value: { name: 'ChatGPT' }, time: '2022' }] },
  { origin: 'own', text: 'Manila was the city chosen by Google for the debut of Free Zone, a mobile data offer.', expect: [{ type: 'product.launch', subject: 'Google', value: { name: 'Free Zone' } }] },
  { origin: 'own', text: 'In all, 95 million people have signed up for ChatGPT since it launched in 2022.', expect: [{ type: 'product.launch', value: { name: 'ChatGPT' }, time: '2022' }] },
  // Planned launches
  { origin: 'own', text: 'Telmio Networks said it would launch its video messaging service in the third quarter of 2016.', expect: [{ type: 'product.launch', subject: 'Telmio Networks', value: { name: 'video messaging service' }, time: '2016-07', qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'Kestrel Robotics plans to release a new warehouse robot next year.', expect: [{ type: 'product.launch', subject: 'Kestrel Robotics', value: { name: 'warehouse robot' }, qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'Samsung Electronics is expected to unveil the Galaxy S26 smartphone in January.', expect: [{ type: 'product.launch', subject: 'Samsung Electronics', value: { name: 'Galaxy S26 smartphone' } }], absent: [{ type: 'product.launch', value: { name: 'Galaxy S26' } }] },
  // Not launches
  { origin: 'own', text: 'Daily users topped one million as Zentrix Bank’s newly launched savings feature gained popularity.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'The regulator launched an investigation into the merger on Friday.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'Kestrel Robotics launched its Seoul office in March.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'Zentrix Bank released its quarterly results on Tuesday.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'Pellucid Labs launched a $40 million funding round led by Redwood Capital.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'The company released a statement after the launch of the Tokyo office.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'The government introduced new rules for data centers in May.', expect: [], absent: [{ type: 'product.launch' }] },
  // "came out", "went on sale"; a name described before its verb; a plural word opening a sentence is no product
  { origin: 'own', text: 'Its flagship product, HarborSense, came out in 2022 and is now used at 30 ports.', expect: [{ type: 'product.launch', value: { name: 'HarborSense' }, time: '2022' }] },
  { origin: 'own', text: 'Growth has been driven by Duet Live, a feature launched in March that pairs singers.', date: '2025-07-01', expect: [{ type: 'product.launch', value: { name: 'Duet Live' }, time: '2025-03' }] },
  { origin: 'own', text: 'Results came out in May, and figures released in March showed growth.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'The scooter, the Orvel Glide, goes on sale on October 14 in Sweden, Germany and Italy.', date: '2025-09-17', expect: [{ type: 'product.launch', value: { name: 'Orvel Glide' } }] },
  // Where it went live; versions and editions by country, of the article's product (one fact per country)
  { origin: 'own', text: 'Lumo Chat went live in Vietnam on March 3 and topped the charts.', date: '2026-03-10', expect: [{ type: 'product.launch', value: { name: 'Lumo Chat' }, scope: 'Vietnam', time: '2026-03-03' }] },
  {
    origin: 'own',
    text: ' date 2026-03-10 Lumo\n\nLumo AI makes the assistant Lumo Chat. Lumo Chat went live in Vietnam on March 3. Versions for Cambodia and Laos will be released on March 24, and a Thai edition is planned for the third quarter.',
    expect: [
      { type: 'product.launch', value: { name: 'Lumo Chat' }, scope: 'Cambodia', time: '2026-03-24', qualifiers: { status: 'planned' } },
      { type: 'product.launch', value: { name: 'Lumo Chat' }, scope: 'Laos', time: '2026-03-24', qualifiers: { status: 'planned' } },
      { type: 'product.launch', value: { name: 'Lumo Chat' }, scope: 'Thailand', time: '2026-07', qualifiers: { status: 'planned' } },
    ],
  },
  { origin: 'own', text: 'A Thai edition of the report is planned for the third quarter.', expect: [], absent: [{ type: 'product.launch' }] },
  { origin: 'own', text: 'Savanna Pay grew. Savanna Merchant, an app for market traders that was launched in March, has 210,000 users.', date: '2025-08-14', expect: [{ type: 'product.launch', value: { name: 'Savanna Merchant' }, time: '2025-03' }] },
  { origin: 'own', text: 'Orvel Semiconductor makes chips. The Lingxi-3 was unveiled in August.', date: '2025-12-09', expect: [{ type: 'product.launch', subject: 'Orvel Semiconductor', value: { name: 'Lingxi-3' }, time: '2025-08' }] },
];
