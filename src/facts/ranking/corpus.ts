// Examples for the ranking rules: the seeds' sentences and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  // Seeds
  {
    origin: 'seed',
    text: 'He said, "Weekly ChatGPT users in Korea quadrupled over the past year, and in terms of application programming interface (API) use, Korea ranks in the global top 10."',
    expect: [{ type: 'ranking', subject: 'South Korea', value: { rank: 10 }, qualifiers: { bound: 'top' } }],
  },
  {
    origin: 'seed',
    text: 'South Korea ranks among the top 10 countries globally in terms of ChatGPT users and developers using OpenAI platforms, and it has the second-largest number of paid ChatGPT subscribers, following the United States.',
    expect: [{ type: 'ranking', subject: 'South Korea', value: { rank: 10 }, qualifiers: { bound: 'top', category: 'countries' } }],
    absent: [{ type: 'ranking', value: { rank: 2 } }],
  },
  {
    origin: 'seed',
    text: 'Korea is the market in Asia with the most paid ChatGPT users and one of the most rapidly growing, important markets.',
    expect: [],
    absent: [{ type: 'ranking' }],
  },
  // "X ranks …"
  { origin: 'own', text: 'Hanul Semiconductor ranks third among global HBM suppliers, according to market tracker Chiplens.', expect: [{ type: 'ranking', subject: 'Hanul Semiconductor', value: { rank: 3 } }] },
  { origin: 'own', text: 'Stonewell Security, which ranks among the top 5 cloud security vendors by revenue, reported higher sales.', expect: [{ type: 'ranking', subject: 'Stonewell Security', value: { rank: 5 }, qualifiers: { bound: 'top' } }] },
  { origin: 'own', text: 'NusaGrid Networks, which runs 14 data centers in four countries, ranks third among the region\'s colocation providers by capacity.', expect: [{ type: 'ranking', subject: 'NusaGrid Networks', value: { rank: 3 } }] },
  { origin: 'own', text: 'Malaysia, helped by new campuses in Johor, now accounts for 27% of capacity and ranks second, ahead of Indonesia and Thailand.', expect: [{ type: 'ranking', subject: 'Malaysia', value: { rank: 2 } }] },
  { origin: 'own', text: 'Pellucid Labs holds about 14% of the market and ranks third behind two larger rivals.', expect: [{ type: 'ranking', subject: 'Pellucid Labs', value: { rank: 3 } }] },
  { origin: 'own', text: 'Vietnam was ranked 12th in the index of digital economies, up from 15th a year earlier.', expect: [{ type: 'ranking', subject: 'Vietnam', value: { rank: 12 } }] },
  { origin: 'own', text: 'Zentrix Bank was ranked No. 3 among Asian lenders by assets.', expect: [{ type: 'ranking', subject: 'Zentrix Bank', value: { rank: 3 } }] },
  // Appositions and titles: "X, Germany's third-largest insurer", "Germany's top carrier X", "No. 2 player X"
  { origin: 'own', text: 'The deal with Hanse Versicherung, Germany’s third-largest insurer by premiums, closed last month.', expect: [{ type: 'ranking', subject: 'Hanse Versicherung', value: { rank: 3 }, scope: 'Germany', qualifiers: { category: 'insurer' } }] },
  { origin: 'own', text: 'Kestrel Media Group, one of France’s top four advertising firms, will run the launch.', expect: [{ type: 'ranking', subject: 'Kestrel Media Group', value: { rank: 4 }, qualifiers: { bound: 'top' } }], absent: [{ type: 'ranking', subject: 'France' }] },
  { origin: 'own', text: "Madrid, May 14 (EFE) -- Spain's largest broadband provider Telmio Networks saw its customer count shrink in April.", expect: [{ type: 'ranking', subject: 'Telmio Networks', value: { rank: 1 } }] },
  { origin: 'own', text: 'By comparison, No. 3 player Vireo Mobile Corp. saw its share climb to 22.4 percent.', expect: [{ type: 'ranking', subject: 'Vireo Mobile', value: { rank: 3 }, qualifiers: { category: 'player' } }] },
  { origin: 'own', text: "The contract went to Hanul Semiconductor, the world's fourth-largest memory chipmaker.", expect: [{ type: 'ranking', subject: 'Hanul Semiconductor', value: { rank: 4 } }] },
  // "X is/remained the world's largest …"
  { origin: 'own', text: 'Korea remained Corvane Games’ largest market, bringing in 52% of sales in the half.', expect: [{ type: 'ranking', subject: 'South Korea', value: { rank: 1 }, qualifiers: { category: 'market' } }] },
  { origin: 'own', text: 'Across regions, North America is still the Finland-based firm’s largest, making up 44 percent of subscribers.', expect: [{ type: 'ranking', subject: 'North America', value: { rank: 1 } }] },
  { origin: 'own', text: 'Mexico is currently the second largest user base for Vireo Pay, right after Brazil.', expect: [{ type: 'ranking', subject: 'Mexico', value: { rank: 2 } }] },
  { origin: 'own', text: 'As of 2023, the manga app market in South Korea is indeed the world’s largest, worth an estimated $2.5 billion.', expect: [{ type: 'ranking', subject: 'South Korea', value: { rank: 1 } }] },
  { origin: 'own', text: 'The Duolingo app has been the top-grossing education app on Google Play in Brazil since July.', expect: [{ type: 'ranking', subject: 'Duolingo', value: { rank: 1 }, qualifiers: { category: 'education app' } }] },
  { origin: 'own', text: 'The bank was quick to build for the Android platform — which has been the most used on smartphones since October 2011.', expect: [{ type: 'ranking', subject: 'Android', value: { rank: 1 } }] },
  // "has the largest number of", "holds the largest slice", "second only to", places
  { origin: 'own', text: 'Indonesia has the largest number of teenage players of the game in the world.', expect: [{ type: 'ranking', subject: 'Indonesia', value: { rank: 1 } }] },
  { origin: 'own', text: 'Singapore still holds the largest slice of the region\'s operating capacity, at 41%.', expect: [{ type: 'ranking', subject: 'Singapore', value: { rank: 1 } }] },
  { origin: 'own', text: 'Corvane\'s share of the enterprise search market rose to 14% in the quarter, second only to Microsoft.', expect: [{ type: 'ranking', subject: 'Corvane', value: { rank: 2 } }] },
  { origin: 'own', text: 'Brightwave Robotics muscled into third place in the market for warehouse robots.', expect: [{ type: 'ranking', subject: 'Brightwave Robotics', value: { rank: 3 } }] },
  { origin: 'own', text: 'Nigeria is nearing two million sellers on the marketplace, making it the third largest such community of sellers in the world.', expect: [{ type: 'ranking', subject: 'Nigeria', value: { rank: 3 } }] },
  // A place that names a market is where the rank holds, not what is ranked.
  { origin: 'own', text: 'Brightwave Media Inc. reported results on Monday. Its streaming service gained share in the Brazil market, where it climbed into second place.', expect: [{ type: 'ranking', subject: 'Brightwave Media', value: { rank: 2 } }], absent: [{ type: 'ranking', subject: 'Brazil' }] },
  // "it" is the name the sentence opens with, not a nearer one.
  { origin: 'own', text: 'Chile counted 900,000 users of the Vireo Pay app last year, analysts said, making it the third-largest market for mobile wallets.', expect: [{ type: 'ranking', subject: 'Chile', value: { rank: 3 } }], absent: [{ type: 'ranking', subject: 'Vireo Pay' }] },
  { origin: 'own', text: 'According to Statcore, Peru added 2 million broadband lines, making it the largest market in the region.', expect: [{ type: 'ranking', subject: 'Peru', value: { rank: 1 } }], absent: [{ type: 'ranking', subject: 'Statcore' }] },
  // Not rankings: paid-subscriber ranks (users.paid), backers, firsts, office order, goals
  { origin: 'own', text: 'Japan has the second-largest number of paid subscribers to the service, after the United States.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: 'Until now, Pellucid Labs had an exclusive deal with its largest backer, Microsoft.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: 'Baker Whitford LLP was the first to set up shop in the Vietnamese market in March 2015.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: 'The office in Lagos becomes Stripe’s third in Africa.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: 'The results for the third quarter beat forecasts, the second time this year.', expect: [], absent: [{ type: 'ranking' }] },
  // A description before the rank ("the company", "the language app") is what the article is about
  {
    origin: 'own',
    text: ' date 2025-06-12 Tandem tops the charts\n\nTandem, the language app, keeps growing. Tandem’s parent company Orvel Group said on Monday that the language app was the top-grossing education application in May on Google Play in Brazil.',
    expect: [{ type: 'ranking', subject: 'Tandem', value: { rank: 1 }, time: '2025-05' }],
    absent: [{ type: 'ranking', subject: 'Orvel Group' }, { type: 'ranking', subject: 'Google Play' }],
  },
  { origin: 'own', text: 'Orvel Bank reported results on Monday. The company is the third-largest lender in Chile.', expect: [{ type: 'ranking', subject: 'Orvel Bank', value: { rank: 3 }, qualifiers: { category: 'lender' } }] },
  // "the leaders", "the market leader", "took the lead with …": first
  { origin: 'own', text: 'Among Nordic telecom suppliers, Nokia and Ericsson are the leaders.', expect: [{ type: 'ranking', subject: 'Nokia', value: { rank: 1 } }, { type: 'ranking', subject: 'Ericsson', value: { rank: 1 } }] },
  { origin: 'own', text: 'Samsung is the market leader in Korea.', expect: [{ type: 'ranking', subject: 'Samsung', value: { rank: 1 } }] },
  { origin: 'own', text: 'Electric scooters took the lead with a 61 per cent share of the 90,000 EVs sold in May.', date: '2025-06-01', expect: [{ type: 'ranking', subject: 'electric scooters', value: { rank: 1 }, time: '2025-05' }] },
  { origin: 'own', text: 'Samsung took the lead in developing the new standard.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: 'Jane Roe is the leader of the team, and Samsung is the leader in the race for foldables.', expect: [], absent: [{ type: 'ranking' }] },
  // "X, now the second-largest player", "ranks X as the Nth", "took the lead in electric buses",
  // "The market leader held …"; a company ranked in an article about one country's market is ranked there
  {
    origin: 'own',
    text: ' date 2025-10-15 Orvel Motors stays ahead in Chile\'s electric bus market\n\nSANTIAGO — Chile\'s market for electric buses grew fast last year. A study puts Valparaíso-based Orvel Motors well in front. The market leader held 31% of sales, followed by Korsa Auto with 22%.\n\nKorsa Auto, now the second-largest player, gained the most ground. Hrad Vehicles, the Czech-owned maker, slipped to fourth place with 9%. Korsa Auto took the lead in electric minibuses this year, pushing Hrad Vehicles into second place in that category.\n\nAcross Latin America, the study ranks Chile as the second-largest market for electric buses.',
    expect: [
      { type: 'ranking', subject: 'Orvel Motors', value: { rank: 1 }, scope: 'Chile' },
      { type: 'ranking', subject: 'Korsa Auto', value: { rank: 2 }, scope: 'Chile' },
      { type: 'ranking', subject: 'Hrad Vehicles', value: { rank: 4 }, scope: 'Chile' },
      { type: 'ranking', subject: 'Korsa Auto', value: { rank: 1 }, time: '2025' },
      { type: 'ranking', subject: 'Chile', value: { rank: 2 }, scope: 'Latin America' },
    ],
    absent: [{ type: 'ranking', scope: 'Czech Republic' }],
  },
  { origin: 'own', text: 'Orvel took the lead in developing chips for cars.', expect: [], absent: [{ type: 'ranking' }] },
  // "as runner-up", "ahead as the most popular service" (the product named before), a relative clause before "became"
  {
    origin: 'own',
    text: ' date 2025-08-26 Cinemar\n\nLIMA — Cinemar had 4.1 million paying subscribers in Peru at the end of June, keeping it comfortably ahead as the most popular streaming service in the country. Samsung, which bundles its service with its televisions, became the third-largest platform after overtaking Telara+, while Ondas held on as runner-up.',
    expect: [
      { type: 'ranking', subject: 'Cinemar', value: { rank: 1 }, scope: 'Peru' },
      { type: 'ranking', subject: 'Samsung', value: { rank: 3 } },
      { type: 'ranking', subject: 'Ondas', value: { rank: 2 } },
    ],
  },
  { origin: 'own', text: 'She served as the second donor to the fund.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: 'Palengke leads the market. In fourth place was Suki Mart, a grocery-focused newcomer, with 7%.', expect: [{ type: 'ranking', subject: 'Suki Mart', value: { rank: 4 } }], absent: [{ type: 'ranking', subject: 'Palengke' }] },
  { origin: 'own', text: 'Kalye Shop\'s share climbed to 22% from 16% a year earlier, making it the runner-up.', expect: [{ type: 'ranking', subject: 'Kalye Shop', value: { rank: 2 } }] },
  // Moves in a ranking, and one company overtaking another; a place held before is not a current rank.
  { origin: 'own', text: 'Tarsa raised prices in May. Tarsa, which held second place for most of the past decade, slipped to third with 19%.', expect: [{ type: 'ranking', subject: 'Tarsa', value: { rank: 3 } }], absent: [{ type: 'ranking', value: { rank: 2 } }] },
  { origin: 'own', text: 'Orvel posted record sales. Orvel climbed back to first, behind nobody, after a strong quarter.', expect: [{ type: 'ranking', subject: 'Orvel', value: { rank: 1 } }] },
  { origin: 'own', text: 'Rakeb has overtaken Dawar to become the second-largest ride-hailing service in Egypt.', expect: [{ type: 'ranking', subject: 'Rakeb', value: { rank: 2 }, scope: 'Egypt' }], absent: [{ type: 'ranking', subject: 'Dawar' }] },
  { origin: 'own', text: 'Vexa overtook Samsung as the top smartphone brand in India.', expect: [{ type: 'ranking', subject: 'Vexa', value: { rank: 1 } }], absent: [{ type: 'ranking', subject: 'Samsung' }] },
  { origin: 'own', text: 'Hrad Motors, the Czech maker that Korsa overtook, slipped to fourth place with 11%.', expect: [{ type: 'ranking', subject: 'Hrad Motors', value: { rank: 4 } }], absent: [{ type: 'ranking', subject: 'Korsa' }] },
  { origin: 'own', text: 'Sales fell to third quarter lows.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: ' date 2026-03-10 Lumo\n\nLumo AI makes the assistant Lumo Chat. Lumo Chat went live in Vietnam on March 3 and within two days had climbed to No. 2 among free apps there.', expect: [{ type: 'ranking', subject: 'Lumo Chat', value: { rank: 2 }, qualifiers: { category: 'free apps' } }] },
  { origin: 'own', text: 'The market leader has not stood still, and rivals are catching up.', expect: [], absent: [{ type: 'ranking' }] },
  { origin: 'own', text: 'Zefira Pay processed 11% of digital-wallet payments in Colombia, making it the third-largest wallet behind two bank-owned rivals.', expect: [{ type: 'ranking', subject: 'Zefira Pay', value: { rank: 3 } }] },
];
