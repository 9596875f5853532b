// Examples for the people rules: the seeds' sentences and many of our own. Also the family's test.
// `contextCorpus` needs the context code rule of ./rule.ts (titles whose organisation or country comes
// from the article, founders, "headed by"); it joins the test once that rule is registered.
import type { FactExample } from '../corpus.js';
import { codeRules } from '../index.js';

const base: FactExample[] = [
  // Seeds
  { origin: 'seed', text: 'Jason Kwon, OpenAI chief strategy officer (CSO), said this at a press briefing celebrating the launch of OpenAI\'s Korea office.', expect: [{ type: 'person.role', subject: 'Jason Kwon', object: 'OpenAI', value: { text: 'chief strategy officer (CSO)' } }] },
  { origin: 'seed', text: 'Chung Shina, CEO of Kakao, and OpenAI CEO Sam Altman form a strategic partnership at the Plaza Hotel in Jung District, Seoul, in February this year.', expect: [{ type: 'person.role', subject: 'Chung Shina', object: 'Kakao', value: { text: 'CEO' } }, { type: 'person.role', subject: 'Sam Altman', object: 'OpenAI', value: { text: 'CEO' } }] },
  { origin: 'seed', text: "Jason Kwon, OpenAI's Chief Strategy Officer, highlighted the strategic importance of the move in a statement.", expect: [{ type: 'person.role', subject: 'Jason Kwon', object: 'OpenAI', value: { text: 'Chief Strategy Officer' } }] },
  { origin: 'seed', text: 'Kakao founder Kim Beom-su has been at the centre of rumours about an equity stake.', expect: [{ type: 'person.role', subject: 'Kim Beom-su', object: 'Kakao', value: { text: 'founder' } }] },
  // Appositions: "Name, Org's title" and "Name, title of/at Org"
  { origin: 'own', text: "Maren Holt, Brightwave's chief financial officer, said costs fell in the quarter.", expect: [{ type: 'person.role', subject: 'Maren Holt', object: 'Brightwave', value: { text: 'chief financial officer' } }] },
  { origin: 'own', text: 'Tobias Renner, CEO of Kestrel Robotics, declined to comment on the talks.', expect: [{ type: 'person.role', subject: 'Tobias Renner', object: 'Kestrel Robotics', value: { text: 'CEO' } }] },
  { origin: 'own', text: 'Ana Souza, chairman and managing director at Ribeira Capital, said the fund would keep investing.', expect: [{ type: 'person.role', subject: 'Ana Souza', object: 'Ribeira Capital', value: { text: 'chairman and managing director' } }] },
  { origin: 'own', text: 'Kenji Watanabe, co-founder and chief executive of Sorano Labs, told reporters the product would ship in May.', expect: [{ type: 'person.role', subject: 'Kenji Watanabe', object: 'Sorano Labs', value: { text: 'co-founder and chief executive' } }] },
  { origin: 'own', text: "Elena Marsh, Vireo Games' head of publishing, said the studio had doubled its staff.", expect: [{ type: 'person.role', subject: 'Elena Marsh', object: 'Vireo Games', value: { text: 'head of publishing' } }] },
  { origin: 'own', text: 'Yusuf Demir, a partner at Anatolia Ventures, said his firm had looked at forty companies.', expect: [{ type: 'person.role', subject: 'Yusuf Demir', object: 'Anatolia Ventures', value: { text: 'partner' } }] },
  { origin: 'own', text: 'Grace Mbeki, vice president of Tessaro Foods, led the negotiations.', expect: [{ type: 'person.role', subject: 'Grace Mbeki', object: 'Tessaro Foods', value: { text: 'vice president' } }] },
  { origin: 'own', text: "Kelly Ross, vice president of Amazon's Prime Video unit, spoke at the event.", expect: [{ type: 'person.role', subject: 'Kelly Ross', object: 'Amazon', value: { text: 'vice president' } }] },
  { origin: 'own', text: 'Victor Lamb, the former CEO of Halcyon Bank, joined the board in May.', expect: [{ type: 'person.role', subject: 'Victor Lamb', object: 'Halcyon Bank', value: { text: 'CEO' }, qualifiers: { former: true } }] },
  // Titles before names
  { origin: 'own', text: 'Lumina Therapeutics CFO Priya Nair said margins improved for a third straight quarter.', expect: [{ type: 'person.role', subject: 'Priya Nair', object: 'Lumina Therapeutics', value: { text: 'CFO' } }] },
  { origin: 'own', text: 'Halvorsen Energy chief executive Ingrid Dahl said the plant would open next year.', expect: [{ type: 'person.role', subject: 'Ingrid Dahl', object: 'Halvorsen Energy', value: { text: 'chief executive' } }] },
  { origin: 'own', text: 'Castellan Research senior analyst Rhea Kapoor expects prices to fall.', expect: [{ type: 'person.role', subject: 'Rhea Kapoor', object: 'Castellan Research', value: { text: 'senior analyst' } }] },
  { origin: 'own', text: "Brazil's vice president Paulo Mendes attended the signing in Brasilia.", expect: [{ type: 'person.role', subject: 'Paulo Mendes', object: 'Brazil', value: { text: 'vice president' } }] },
  { origin: 'own', text: 'Japanese Prime Minister Haruto Sato met the company founders in Tokyo.', expect: [{ type: 'person.role', subject: 'Haruto Sato', object: 'Japan', value: { text: 'Prime Minister' } }] },
  { origin: 'own', text: 'The deal was welcomed by Lee Min-jun, South Korea’s president, on Friday.', expect: [{ type: 'person.role', subject: 'Lee Min-jun', object: 'South Korea', value: { text: 'president' } }] },
  // Planned, continuing and new roles
  { origin: 'own', text: 'The board said Helmut Kranz will lead the merged group as Nordstahl CEO, with Arkon president Sofia Lind serving as Nordstahl President.', expect: [{ type: 'person.role', subject: 'Helmut Kranz', object: 'Nordstahl', value: { text: 'CEO' }, qualifiers: { status: 'planned' } }, { type: 'person.role', subject: 'Sofia Lind', object: 'Arkon', value: { text: 'president' } }, { type: 'person.role', subject: 'Sofia Lind', object: 'Nordstahl', value: { text: 'President' } }] },
  { origin: 'own', text: 'Marco Bellini will continue as CEO of Ferrovia Digitale and Laura Ricci will remain the CEO of Portale Uno.', expect: [{ type: 'person.role', subject: 'Marco Bellini', object: 'Ferrovia Digitale', value: { text: 'CEO' } }, { type: 'person.role', subject: 'Laura Ricci', object: 'Portale Uno', value: { text: 'CEO' } }] },
  { origin: 'own', text: 'Rafael Ortega will join Quorix as chief technology officer once the deal closes.', expect: [{ type: 'person.role', subject: 'Rafael Ortega', object: 'Quorix', value: { text: 'chief technology officer' }, qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'Lena Brandt was named chief operating officer of Tessaro Foods in March.', expect: [{ type: 'person.role', subject: 'Lena Brandt', object: 'Tessaro Foods', value: { text: 'chief operating officer' } }] },
  { origin: 'own', text: "Clara Yoon, who sold her startup last year, is now Pixelforge Studios' head of design.", expect: [{ type: 'person.role', subject: 'Clara Yoon', object: 'Pixelforge Studios', value: { text: 'head of design' } }] },
  { origin: 'own', text: 'Zentrix Bank appointed Sarah Chen as its new chief risk officer on Tuesday.', expect: [{ type: 'person.role', subject: 'Sarah Chen', object: 'Zentrix Bank', value: { text: 'chief risk officer' } }] },
  { origin: 'own', text: 'Corvane Systems named Laura Ricci chief executive on Monday.', expect: [{ type: 'person.role', subject: 'Laura Ricci', object: 'Corvane Systems', value: { text: 'chief executive' } }] },
  // Former roles
  { origin: 'own', text: 'Daniel Osei, who was president of Meridian Telecom until 2022, now advises the board.', expect: [{ type: 'person.role', subject: 'Daniel Osei', object: 'Meridian Telecom', value: { text: 'president' }, qualifiers: { former: true } }] },
  { origin: 'own', text: 'The fund hired former Halcyon Bank chief executive Victor Lamb as an adviser.', expect: [{ type: 'person.role', subject: 'Victor Lamb', object: 'Halcyon Bank', value: { text: 'chief executive' }, qualifiers: { former: true } }] },
  { origin: 'own', text: 'The fund is run by Sara Okoye, a former partner at Redwood Capital.', expect: [{ type: 'person.role', subject: 'Sara Okoye', object: 'Redwood Capital', value: { text: 'partner' }, qualifiers: { former: true } }] },
  // A role held at a named organisation, told with "was", "has been", "spent N years at"; a "she" opening a sentence is the person the one before leads.
  { origin: 'own', text: 'Anna Berg is head of AI at Lumio Bank.', expect: [{ type: 'person.role', subject: 'Anna Berg', object: 'Lumio Bank', value: { text: 'head of AI' } }] },
  { origin: 'own', text: 'Rosa Alvarez, 52, has been Tessaro\'s chief operating officer since 2021. Before that she was Iberian managing director at Spanish retailer Mercavia.', expect: [{ type: 'person.role', subject: 'Rosa Alvarez', object: 'Tessaro', value: { text: 'chief operating officer' } }, { type: 'person.role', subject: 'Rosa Alvarez', object: 'Mercavia', value: { text: 'managing director' }, qualifiers: { former: true } }] },
  { origin: 'own', text: 'Leading the push is Dev Malhotra, who arrived in May. He spent eight years at Orbitel, a Mumbai rival, most recently as its chief product officer.', expect: [{ type: 'person.role', subject: 'Dev Malhotra', object: 'Orbitel', value: { text: 'chief product officer' }, qualifiers: { former: true } }] },
  { origin: 'own', text: 'Tom Reid worked for a decade at Halden Bank, rising to head of payments.', expect: [{ type: 'person.role', subject: 'Tom Reid', object: 'Halden Bank', value: { text: 'head of payments' } }] },
  { origin: 'own', text: 'Corvane also hired Ines Duarte, head of cloud partnerships at Telmio, as chief revenue officer.', expect: [{ type: 'person.role', subject: 'Ines Duarte', object: 'Corvane', value: { text: 'chief revenue officer' } }, { type: 'person.role', subject: 'Ines Duarte', object: 'Telmio', value: { text: 'head of cloud partnerships' } }] },
  // A "she" after a name in the opener is not the sentence's subject.
  { origin: 'own', text: 'Maya Chen runs the lab. Bruno Dias said she was head of research at Lumio Bank.', expect: [], absent: [{ type: 'person.role', subject: 'Maya Chen', object: 'Lumio Bank' }] },
  { origin: 'own', text: 'Lucía Barros, a partner at Andes Growth Partners, will join Zefira\'s board.', expect: [{ type: 'person.role', subject: 'Lucía Barros', object: 'Zefira', value: { text: 'board member' }, qualifiers: { status: 'planned' } }, { type: 'person.role', subject: 'Lucía Barros', object: 'Andes Growth Partners', value: { text: 'partner' } }] },
  { origin: 'own', text: 'Rodrigo Farias, a Brazilian who was treasurer of Banco Litoral until last year, starts in May.', expect: [{ type: 'person.role', subject: 'Rodrigo Farias', object: 'Banco Litoral', value: { text: 'treasurer' }, qualifiers: { former: true } }] },
  { origin: 'own', text: 'Solberg bought Optikwerk in August. Optikwerk\'s founder, Ulrike Brandauer, has joined Solberg\'s management team as head of 3D sensing.', expect: [{ type: 'person.role', subject: 'Ulrike Brandauer', object: 'Optikwerk', value: { text: 'founder' } }, { type: 'person.role', subject: 'Ulrike Brandauer', object: 'Solberg', value: { text: 'head of 3D sensing' } }] },
  // Not roles
  { origin: 'own', text: 'Analysts at Castellan Research expect the market to cool next year.', expect: [], absent: [{ type: 'person.role' }] },
  { origin: 'own', text: "The company's chief executive declined to comment on the report.", expect: [], absent: [{ type: 'person.role' }] },
  { origin: 'own', text: 'Industry analysts said the chip shortage would ease by the summer, according to Castellan Research.', expect: [], absent: [{ type: 'person.role' }] },
  { origin: 'own', text: 'Shares of Brightwave rose 4% after the chief financial officer role was filled.', expect: [], absent: [{ type: 'person.role' }] },
  { origin: 'own', text: '"That one service is Cinemar," said Renata Silva, a senior media analyst at Halden Research.', expect: [{ type: 'person.role', subject: 'Renata Silva', object: 'Halden Research', value: { text: 'senior media analyst' } }] },
  { origin: 'own', text: 'Lumio\'s chief executive, Marco Reyes, said growth slowed.', expect: [{ type: 'person.role', subject: 'Marco Reyes', object: 'Lumio', value: { text: 'chief executive' } }] },
  { origin: 'own', text: 'Harmattan Capital\'s managing partner, Segun Bello, will join the board.', expect: [{ type: 'person.role', subject: 'Segun Bello', object: 'Harmattan Capital', value: { text: 'managing partner' } }] },
  { origin: 'own', text: '"Prices fell," said Bea Lim, lead e-commerce analyst at Halden Research.', expect: [{ type: 'person.role', subject: 'Bea Lim', object: 'Halden Research', value: { text: 'lead e-commerce analyst' } }] },
];

/** Roles whose organisation, country or title comes from the article (./rule.ts). */
export const contextCorpus: FactExample[] = [
  { origin: 'seed', text: ' date 2025-06-11 OpenAI news\n\nOpenAI plans to open an office in Seoul. His upcoming visit comes just a week after the inauguration of President Lee Jae-myung, who has pledged to make South Korea one of the world\'s top three AI powerhouses.', expect: [{ type: 'person.role', subject: 'Lee Jae-myung', object: 'South Korea', value: { text: 'President' } }] },
  { origin: 'own', text: 'Quorix reported higher sales on Monday. CEO Amara Okafor said demand from hospitals was strong.', expect: [{ type: 'person.role', subject: 'Amara Okafor', object: 'Quorix', value: { text: 'CEO' } }] },
  { origin: 'own', text: 'Pellucid Labs raised $40 million. Its co-founder and CEO Jonas Weber said the money would fund hiring.', expect: [{ type: 'person.role', subject: 'Jonas Weber', object: 'Pellucid Labs', value: { text: 'co-founder and CEO' } }] },
  { origin: 'own', text: 'Brightwave Robotics opened a plant in Porto. Kenji Tanaka, the company\'s chief technology officer, said output would double.', expect: [{ type: 'person.role', subject: 'Kenji Tanaka', object: 'Brightwave Robotics', value: { text: 'chief technology officer' } }] },
  { origin: 'own', text: 'Valkyr Systems, founded in 2019 by former banker Tomas Lind and robotics researcher Maja Berg, builds inspection drones.', expect: [{ type: 'person.role', subject: 'Tomas Lind', object: 'Valkyr Systems', value: { text: 'founder' } }, { type: 'person.role', subject: 'Maja Berg', object: 'Valkyr Systems', value: { text: 'founder' } }], absent: [{ type: 'person.role', value: { text: 'found' } }] },
  { origin: 'own', text: 'Ingrid Sol co-founded Nordhav Capital in 2018 with early Spotify investor Peter Olsson.', expect: [{ type: 'person.role', subject: 'Ingrid Sol', object: 'Nordhav Capital', value: { text: 'co-founder' } }, { type: 'person.role', subject: 'Peter Olsson', object: 'Nordhav Capital', value: { text: 'co-founder' } }] },
  { origin: 'own', text: 'Tessaro Foods will open an office in Lisbon. The Lisbon office will be headed by Rui Campos, a veteran of the food industry.', expect: [{ type: 'person.role', subject: 'Rui Campos', object: 'Tessaro Foods', value: { text: 'head' } }] },
  { origin: 'own', text: 'Meridian Telecom entered Chile last year. Its country manager, Pablo Reyes, had been head of marketing for the region.', expect: [{ type: 'person.role', subject: 'Pablo Reyes', object: 'Meridian Telecom', value: { text: 'head of marketing' }, qualifiers: { former: true } }] },
  { origin: 'own', text: 'Indonesian Trade Minister Budi Santoso opened the fair. Budi Santoso, who is also minister of industry, praised the investment.', expect: [{ type: 'person.role', subject: 'Budi Santoso', object: 'Indonesia', value: { text: 'Trade Minister' } }] },
  { origin: 'own', text: 'Corvane Systems said the new plant would open in Ohio, chief executive Ravi Menon told reporters.', expect: [{ type: 'person.role', subject: 'Ravi Menon', object: 'Corvane Systems', value: { text: 'chief executive' } }] },
  // Heading a unit: of the company named before it, else of the article's company.
  { origin: 'own', text: "Maria Olsen heads Zentrix Bank's Asia business.", expect: [{ type: 'person.role', subject: 'Maria Olsen', object: 'Zentrix Bank', value: { text: 'head' } }] },
  {
    origin: 'own',
    text: 'Kestrel Robotics opened its first office in Osaka this spring. Kenji Mori, who was an engineer at Panatek Corp for a decade, is now leading the company’s Japan business.',
    expect: [{ type: 'person.role', subject: 'Kenji Mori', object: 'Kestrel Robotics', value: { text: 'head' } }],
    absent: [{ type: 'person.role', subject: 'Kenji Mori', object: 'Panatek', value: { text: 'head' } }],
  },
  { origin: 'own', text: 'Kestrel Robotics is hiring. Maria Olsen leads the negotiations with its suppliers.', expect: [], absent: [{ type: 'person.role', subject: 'Maria Olsen' }] },
  { origin: 'own', text: 'Sarah Chen, who heads the Seoul office of Zentrix Bank, will lead the talks.', expect: [{ type: 'person.role', subject: 'Sarah Chen', object: 'Zentrix Bank', value: { text: 'head' } }] },
  // A title word inside a longer word: "Undersecretary", "Vice-Chairwoman".
  { origin: 'own', text: ' date 2024-03-02 Lumio opens in Quito\n\nLumio opened its first office in Ecuador. Undersecretary Elena Vargas attended the opening.', expect: [{ type: 'person.role', subject: 'Elena Vargas', object: 'Ecuador', value: { text: 'Undersecretary' } }] },
  { origin: 'own', text: 'Priya Raman, who runs Corvane Systems, said the deal was done.', expect: [{ type: 'person.role', subject: 'Priya Raman', object: 'Corvane Systems', value: { text: 'head' } }] },
  { origin: 'own', text: 'Castellan Research expects growth. "Demand is strong," said Tomas Berg, an analyst at the firm.', expect: [], absent: [{ type: 'person.role', subject: 'Tomas Berg', object: 'Castellan Research' }] },
  // The article’s company names someone ("The company named X, previously …, as its COO"); "X remains CTO"
  {
    origin: 'own',
    text: ' date 2025-09-23 Harbor news\n\nHarborline raised money. Harborline hired staff. The company also named Rui Costa, previously head of operations at a shipping line, as its chief operating officer. Cofounder Marta Lima remains chief technology officer.',
    expect: [
      { type: 'person.role', subject: 'Rui Costa', object: 'Harborline', value: { text: 'chief operating officer' } },
      { type: 'person.role', subject: 'Marta Lima', object: 'Harborline', value: { text: 'chief technology officer' } },
    ],
  },
  // Appointments whose organisation is the article's company, and a start date still to come
  {
    origin: 'own',
    text: ' date 2026-01-20 Brisa\n\nBrisa Health said on Tuesday that founder Luis Prado will hand the top job to Carla Mendes and become chair of the board. Mendes has run operations since 2022. She takes over as chief executive on March 1, the company said.',
    expect: [
      { type: 'person.role', subject: 'Luis Prado', object: 'Brisa Health', value: { text: 'chair' }, qualifiers: { status: 'planned' } },
      { type: 'person.role', subject: 'Carla Mendes', object: 'Brisa Health', value: { text: 'chief executive' }, time: '2026-03-01', qualifiers: { status: 'planned' } },
    ],
    absent: [{ type: 'person.role', subject: 'Luis Prado', value: { text: 'founder' }, qualifiers: { status: 'planned' } }],
  },
  { origin: 'own', text: 'Lumio posted a loss. Sara Holt, the head of data, was named interim CTO while a search goes on.', expect: [{ type: 'person.role', subject: 'Sara Holt', object: 'Lumio', value: { text: 'interim CTO' } }] },
  { origin: 'own', text: 'Nordhav grew fast. Eva Lind, who co-founded Nordhav with two friends in 2016 and has served as its chief technology officer ever since, will leave in June.', expect: [{ type: 'person.role', subject: 'Eva Lind', object: 'Nordhav', value: { text: 'co-founder' } }, { type: 'person.role', subject: 'Eva Lind', object: 'Nordhav', value: { text: 'chief technology officer' } }] },
  // "the Swedish company" is the one named before the person, not the one in the apposition
  { origin: 'own', text: 'Velto Mobility raised prices. Velto also said that Jonas Ek, Batterix\'s head of procurement for six years, had joined the Swedish company as chief operating officer. He succeeds Eva Sund, who left in July.', expect: [{ type: 'person.role', subject: 'Jonas Ek', object: 'Velto Mobility', value: { text: 'chief operating officer' } }, { type: 'person.role', subject: 'Eva Sund', object: 'Velto Mobility', value: { text: 'chief operating officer' }, qualifiers: { former: true } }], absent: [{ type: 'person.role', subject: 'Jonas Ek', object: 'Batterix', value: { text: 'chief operating officer' } }] },
  // The one succeeded held the role the successor takes
  { origin: 'own', text: 'Corvane hired Ana Ruiz as chief financial officer. Ruiz, who starts in May, succeeds Paul Frost, who is retiring.', expect: [{ type: 'person.role', subject: 'Paul Frost', object: 'Corvane', value: { text: 'chief financial officer' } }] },
  // "Its chief executive, X," is of the company the sentence before is about; "the ministry's" of the ministry named
  { origin: 'own', text: 'Rakeb raised $60 million in May in a round led by Riyadh-based Wadi Capital. Its chief executive, Omar Fathy, said the company was growing.', expect: [{ type: 'person.role', subject: 'Omar Fathy', object: 'Rakeb', value: { text: 'chief executive' } }], absent: [{ type: 'person.role', object: 'Wadi Capital' }] },
  { origin: 'own', text: 'Tarsier AI agreed to buy Suaraloka Labs. Suaraloka Labs builds speech software. Its co-founder, Dimas Wirawan, will join Tarsier AI.', expect: [{ type: 'person.role', subject: 'Dimas Wirawan', object: 'Suaraloka Labs', value: { text: 'co-founder' } }] },
  { origin: 'own', text: 'Its co-founder, Dimas Wirawan, will become Tarsier\'s head of speech technology once the deal closes.', expect: [{ type: 'person.role', subject: 'Dimas Wirawan', object: 'Tarsier', value: { text: 'head of speech technology' } }], absent: [{ type: 'person.role', value: { text: 'head of speech technology once' } }] },
  { origin: 'own', text: 'Tarsier signed an MOU with Malaysia\'s Ministry of Digital on Monday. "We want local models," said Nurul Aini, the ministry\'s deputy secretary-general.', expect: [{ type: 'person.role', subject: 'Nurul Aini', object: 'Ministry of Digital', value: { text: 'deputy secretary-general' } }], absent: [{ type: 'person.role', object: 'Malaysia' }] },
  // "X's co-founders, A and B", "who ran X as chief executive", "will lead … as", "will join X's board", "a Brazilian who was"
  { origin: 'own', text: 'Tejo Labs makes voice agents. Tejo\'s co-founders, Inês Carvalho and Duarte Meira, are staying on. Carvalho, who ran Tejo as chief executive, becomes Lumio\'s chief product officer; Meira will lead a new research group in Lisbon as vice-president of AI research.', expect: [{ type: 'person.role', subject: 'Inês Carvalho', object: 'Tejo Labs', value: { text: 'co-founder' } }, { type: 'person.role', subject: 'Duarte Meira', object: 'Tejo Labs', value: { text: 'co-founder' } }, { type: 'person.role', subject: 'Inês Carvalho', object: 'Tejo Labs', value: { text: 'chief executive' }, qualifiers: { former: true } }, { type: 'person.role', subject: 'Inês Carvalho', object: 'Lumio', value: { text: 'chief product officer' } }, { type: 'person.role', subject: 'Duarte Meira', value: { text: 'vice-president of AI research' } }] },
  // "X, who joined this month as president for Asia-Pacific": a company's title (the region is part of it), not a head of state's
  {
    origin: 'own',
    text: ' date 2025-03-18 Lingo\n\nLingo opened an office in Singapore on Monday. Priya Raman, who joined this month as president for Asia-Pacific, said demand is strong.',
    expect: [{ type: 'person.role', subject: 'Priya Raman', object: 'Lingo', value: { text: 'president for Asia-Pacific' } }],
    absent: [{ type: 'person.role', object: 'Singapore' }],
  },
];

const contextRuleOn = codeRules().some((r) => r.id === 'person.role.context');

export const corpus: FactExample[] = [...base, ...(contextRuleOn ? contextCorpus : [])];
