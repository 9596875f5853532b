// Examples for the partnership rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

const P = 'partnership';

export const corpus: FactExample[] = [
  {
    origin: 'seed',
    text: 'OpenAI has already unveiled strategic partnerships with leading Korean companies, including Kakao, SK Telecom, LG Electronics, Krafton, and Yanolja.',
    expect: ['Kakao', 'SK Telecom', 'LG Electronics', 'Krafton', 'Yanolja'].map((o) => ({ type: P, subject: 'OpenAI', object: o })),
    absent: [{ type: P, object: 'South Korea' }],
  },
  {
    origin: 'seed',
    text: 'OpenAI has collaborated with several major Korean companies, including internet giant Kakao Corp., game developer Krafton Inc. and mobile carrier SK Telecom Co., on AI technologies.',
    expect: ['Kakao', 'Krafton', 'SK Telecom'].map((o) => ({ type: P, subject: 'OpenAI', object: o })),
  },
  {
    origin: 'seed',
    text: 'OpenAI said it plans to grow in Korea. He mentioned GS, Toss, LG Electronics, KT and SK Telecom as domestic corporations it is currently working with.',
    expect: ['GS', 'Toss', 'LG Electronics', 'KT', 'SK Telecom'].map((o) => ({ type: P, subject: 'OpenAI', object: o })),
  },
  { origin: 'own', text: 'Brightwave signed a memorandum of understanding (MOU) with Hanseo University on Monday.', date: '2025-06-11', expect: [{ type: P, subject: 'Brightwave', object: 'Hanseo University' }] },
  { origin: 'own', text: 'Volterra Energy has partnered with Nordlicht AG to build battery plants in Bavaria.', expect: [{ type: P, subject: 'Volterra Energy', object: 'Nordlicht' }] },
  { origin: 'own', text: 'The startup is working with Toyota, Denso and Panasonic on the project.', expect: ['Toyota', 'Denso', 'Panasonic'].map((o) => ({ type: P, object: o })) },
  { origin: 'own', text: 'Qamar Cloud struck a deal with telecom operator Zain to resell its services.', expect: [{ type: P, subject: 'Qamar Cloud', object: 'Zain' }] },
  { origin: 'own', text: 'Pellucid Labs teamed up with Siemens Healthineers last year.', date: '2025-04-02', expect: [{ type: P, subject: 'Pellucid Labs', object: 'Siemens Healthineers', time: '2024' }] },
  { origin: 'own', text: 'Future collaborations with carmakers such as Hyundai Motor and Kia are being speculated.', expect: [{ type: P, object: 'Hyundai Motor', qualifiers: { status: 'speculated' } }, { type: P, object: 'Kia', qualifiers: { status: 'speculated' } }] },
  { origin: 'own', text: 'Northwind Bank and Lumen Pay appear to be potential partners for the rollout.', expect: [{ type: P, object: 'Northwind Bank', qualifiers: { status: 'speculated' } }, { type: P, object: 'Lumen Pay', qualifiers: { status: 'speculated' } }] },
  { origin: 'own', text: 'Ardent Robotics plans to form a strategic alliance with Fanuc next year.', expect: [{ type: P, subject: 'Ardent Robotics', object: 'Fanuc', qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'Meridian said it would deepen its cooperation with Tata Consultancy Services.', expect: [{ type: P, subject: 'Meridian', object: 'Tata Consultancy Services' }] },
  { origin: 'own', text: 'The agreement between Helix Bio and Roche covers three drug candidates.', expect: [{ type: P, object: 'Roche' }] },
  { origin: 'own', text: 'Cosmetics maker Sorella has a long-standing partnership with Unilever and a newer one with Nestlé.', expect: [{ type: P, subject: 'Sorella', object: 'Unilever' }] },
  { origin: 'own', text: 'Kinetik joined forces with Bosch to develop e-bike motors.', expect: [{ type: P, subject: 'Kinetik', object: 'Bosch' }] },
  { origin: 'own', text: 'In collaboration with local payments firm Paystack, the app will add wallets.', expect: [{ type: P, object: 'Paystack' }], absent: [{ type: P, object: 'Nigeria' }] },
  { origin: 'own', text: 'Acme will strengthen ties with leading lenders such as HSBC and Standard Chartered.', expect: [] },
  { origin: 'own', text: 'Banks such as HSBC reported profits, and analysts said the quarter was strong.', expect: [], absent: [{ type: P }] },
  { origin: 'own', text: 'Rival Orbit sued Stellar last week over a patent.', expect: [], absent: [{ type: P }] },
  // A list of partners after a colon, counted or described before it.
  {
    origin: 'own',
    text: 'Morocco will spend 12 billion dirhams on data centres. Officials signed agreements on Monday with four partners that will build the sites: French grid operator Voltaire Réseaux, state-owned Atlas Telecom, cloud provider Sahara Compute and the Rabat Institute of Engineering.',
    date: '2025-09-10',
    expect: ['Voltaire Réseaux', 'Atlas Telecom', 'Sahara Compute', 'Rabat Institute of Engineering'].map((o) => ({ type: P, subject: 'Morocco', object: o })),
    absent: [{ type: P, qualifiers: { status: 'planned' } }],
  },
  { origin: 'own', text: 'Brisa Health has signed up three hospital groups as founding partners: Clinica Aurora, Vale Saude and Hospital Ipiranga.', expect: ['Clinica Aurora', 'Vale Saude', 'Hospital Ipiranga'].map((o) => ({ type: P, subject: 'Brisa Health', object: o })) },
  { origin: 'own', text: 'The company has lined up two local clients as launch partners: insurer Orchid Life and budget airline FlyNusa, both of which start next month.', expect: [{ type: P, object: 'Orchid Life' }, { type: P, object: 'FlyNusa' }] },
  { origin: 'own', text: 'Its partners include banks; the biggest: Halden Bank.', expect: [], absent: [{ type: P }] },
  { origin: 'own', text: 'Tidewater Logistics inked a supply contract with Maersk Line worth $300 million.', expect: [{ type: P, subject: 'Tidewater Logistics', object: 'Maersk Line' }] },
  { origin: 'own', text: 'Rakeb Technologies gained riders through a cash-back scheme run with Horus Bank.', expect: [{ type: P, subject: 'Rakeb Technologies', object: 'Horus Bank' }] },
  { origin: 'own', text: 'Lumio sells a credit card launched jointly with Halden Bank and Visa.', expect: [{ type: P, object: 'Halden Bank' }, { type: P, object: 'Visa' }] },
];
