// Examples for the office rules: counts and openings. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  { origin: 'seed', text: 'OpenAI, headquartered in San Francisco, currently has regional offices in 12 locations worldwide, including London, Paris and Munich.', expect: [{ type: 'offices.count', subject: 'OpenAI', value: { number: 12 } }], absent: [{ type: 'office.opening' }] },
  { origin: 'seed', text: 'In Asia, after Tokyo, Japan, and Singapore, OpenAI chose Seoul as its third base.', expect: [{ type: 'office.opening', subject: 'OpenAI', object: 'Seoul', qualifiers: { rank: 3 } }] },
  { origin: 'seed', text: 'The developer of ChatGPT has launched 11 new offices in major cities in recent years, including Paris, Brussels and Tokyo.', expect: [{ type: 'offices.count', value: { number: 11 }, qualifiers: { new: true } }, { type: 'office.opening', object: 'Paris' }, { type: 'office.opening', object: 'Tokyo' }] },
  { origin: 'own', text: 'Heliotrope opened its Amsterdam office on Tuesday, its second in Europe after Dublin.', date: '2025-05-20', expect: [{ type: 'office.opening', subject: 'Heliotrope', object: 'Amsterdam', time: '2025-05-20' }] },
  { origin: 'own', text: 'Cohere opened its Seoul office the same month.', expect: [{ type: 'office.opening', subject: 'Cohere', object: 'Seoul' }] },
  { origin: 'own', text: 'The company plans to open its fourth European office in Lisbon in the coming months.', expect: [{ type: 'office.opening', object: 'Lisbon', qualifiers: { rank: 4, region: 'Europe', status: 'planned' } }] },
  { origin: 'own', text: 'Stratos will establish its first office in Nairobi next year.', date: '2025-03-01', expect: [{ type: 'office.opening', subject: 'Stratos', object: 'Nairobi', qualifiers: { status: 'planned' } }] },
  { origin: 'own', text: 'The Warsaw hub will be Northgate’s sixth in Central Europe.', expect: [{ type: 'office.opening', subject: 'Northgate', object: 'Warsaw', qualifiers: { rank: 6 } }] },
  { origin: 'own', text: 'The office in Jakarta becomes Finly’s third in Southeast Asia.', expect: [{ type: 'office.opening', subject: 'Finly', object: 'Jakarta', qualifiers: { rank: 3, region: 'Southeast Asia' } }] },
  { origin: 'own', text: 'Polaris picked Toronto as its new North American headquarters.', expect: [{ type: 'office.opening', subject: 'Polaris', object: 'Toronto' }] },
  { origin: 'own', text: 'Lattice now runs 40 offices around the world.', expect: [{ type: 'offices.count', subject: 'Lattice', value: { number: 40 } }] },
  { origin: 'own', text: 'Crane & Rowe has six Asia-Pacific offices, in Shanghai, Beijing and Sydney.', expect: [{ type: 'offices.count', value: { number: 6 } }] },
  { origin: 'own', text: 'Vireo operates branches in 15 countries.', expect: [{ type: 'offices.count', subject: 'Vireo', value: { number: 15 } }] },
  { origin: 'own', text: 'Orrin Labs set up a research lab in Montreal in 2023.', expect: [{ type: 'office.opening', subject: 'Orrin Labs', object: 'Montreal', time: '2023' }] },
  { origin: 'own', text: 'The bank opened three new branches in Lagos, Abuja and Nairobi this year.', date: '2025-09-01', expect: [{ type: 'office.opening', object: 'Lagos' }, { type: 'office.opening', object: 'Nairobi' }] },
  { origin: 'own', text: 'Its offices in Berlin and Paris employ 300 people.', expect: [], absent: [{ type: 'office.opening' }] },
  { origin: 'own', text: 'Sato, who works at the Osaka office, said sales grew.', expect: [], absent: [{ type: 'office.opening' }] },
  { origin: 'own', text: 'Orbis Analytics plans to open its third German office, in Hamburg, next year.', date: '2025-06-01', expect: [{ type: 'office.opening', subject: 'Orbis Analytics', object: 'Hamburg', qualifiers: { rank: 3, region: 'Germany', status: 'planned' } }], absent: [{ type: 'office.opening', object: 'Germany' }] },
  { origin: 'own', text: 'Rival Northwind Labs opened a Lisbon office in March.', date: '2025-06-01', expect: [{ type: 'office.opening', subject: 'Northwind Labs', object: 'Lisbon', time: '2025-03' }] },
  // The rank of an office told in a later sentence joins the last opening named
  {
    origin: 'own',
    text: 'Larkin & Hale has opened an office in Lisbon after receiving a licence. The partners said demand was strong. The base will be Larkin & Hale’s 14th worldwide, led by Rui Matos.',
    expect: [{ type: 'office.opening', subject: 'Larkin & Hale', object: 'Lisbon', qualifiers: { rank: 14, region: 'worldwide' } }],
  },
  { origin: 'own', text: 'Brightwave opened an office in Nairobi in May. The new hub is the company’s second in Africa.', date: '2025-06-01', expect: [{ type: 'office.opening', object: 'Nairobi', qualifiers: { rank: 2, region: 'Africa' } }] },
  { origin: 'own', text: 'Brightwave opened an office in Nairobi in May. Its revenue is the company’s second largest.', date: '2025-06-01', expect: [{ type: 'office.opening', object: 'Nairobi' }], absent: [{ type: 'office.opening', qualifiers: { rank: 2 } }] },
  // A region before "offices" is where they are counted
  { origin: 'own', text: 'The firm currently has six Asia-Pacific offices, in Shanghai, Tokyo and Sydney among others.', expect: [{ type: 'offices.count', value: { number: 6 }, scope: 'Asia-Pacific' }] },
  // The rank says it opens, with no verb; "its second in the Middle East"
  { origin: 'own', text: 'Brightwave plans to spend part of the new money on its first office outside Norway, in Warsaw, where many of its clients are.', expect: [{ type: 'office.opening', subject: 'Brightwave', object: 'Warsaw', qualifiers: { rank: 1, status: 'planned' } }] },
  { origin: 'own', text: 'Brightwave opened an office in Doha last month, its second in the Middle East after Dubai.', date: '2025-06-01', expect: [{ type: 'office.opening', object: 'Doha', time: '2025-05', qualifiers: { rank: 2, region: 'Middle East' } }] },
  { origin: 'own', text: 'Staff moved from its second office, in Warsaw, to a new building.', expect: [], absent: [{ type: 'office.opening' }] },
  // "an office in X, which Y plans to open …", its rank told in the next sentence
  {
    origin: 'own',
    text: ' date 2025-09-23 Harbor news\n\nPart of the money will pay for an office in Gdansk, which Harborline plans to open in the first quarter of next year. The office will be the firm’s fifth worldwide.',
    expect: [{ type: 'office.opening', subject: 'Harborline', object: 'Gdansk', time: '2026-01', qualifiers: { status: 'planned', rank: 5 } }],
  },
  // "A Sydney office is scheduled to open in September", "add São Paulo, which would be its first base in
  // Latin America", "opened its own Singapore office"
  {
    origin: 'own',
    text: ' date 2025-03-18 Lingo\n\nLingo opened an office in Singapore on Monday. A Sydney office is scheduled to open in September. Lingo aims to add São Paulo, which would be its first base in Latin America, early next year. Rival Voxa opened its own Singapore office in January.',
    expect: [
      { type: 'office.opening', subject: 'Lingo', object: 'Sydney', time: '2025-09', qualifiers: { status: 'planned' } },
      { type: 'office.opening', subject: 'Lingo', object: 'São Paulo', time: '2026', qualifiers: { rank: 1, region: 'Latin America' } },
      { type: 'office.opening', subject: 'Voxa', object: 'Singapore', time: '2025-01' },
    ],
  },
  // "An office in X, which will be Y's first outside …, is due to open in March"; "a Z office is planned for later in 2026"
  {
    origin: 'own',
    text: ' date 2025-11-12 Kobo news\n\nAn office in Accra, which will be Kobo Pay\'s first outside its home country, is due to open in March, and a Nairobi office is planned for later in 2026.',
    expect: [
      { type: 'office.opening', object: 'Accra', time: '2026-03', qualifiers: { rank: 1, status: 'planned' } },
      { type: 'office.opening', object: 'Nairobi', time: '2026', qualifiers: { status: 'planned' } },
    ],
  },
  // "plans to open a fifth, in Helsinki": the next office of a count, with its rank
  { origin: 'own', text: 'Brisa runs four offices, in Lisbon, Porto, Madrid and Paris, and plans to open a fifth, in Milan, later this year.', date: '2026-02-18', expect: [{ type: 'office.opening', object: 'Milan', qualifiers: { rank: 5, status: 'planned' } }, { type: 'offices.count', value: { number: 4 } }] },
  { origin: 'own', text: 'Orbita plans to open its first office outside Turkey, in Baku, in the second half of the year.', date: '2026-01-27', expect: [{ type: 'office.opening', object: 'Baku', qualifiers: { rank: 1, status: 'planned' }, time: '2026-07' }] },
  { origin: 'own', text: 'Zefira opened offices in Mexico City and São Paulo in January, bringing its total to four.', date: '2026-02-17', expect: [{ type: 'offices.count', value: { number: 4 } }, { type: 'office.opening', object: 'Mexico City' }] },
  { origin: 'own', text: 'The hires bring its total to 400 employees.', expect: [], absent: [{ type: 'offices.count' }] },
];
