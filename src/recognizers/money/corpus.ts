// The money corpus: every example is also a test (money.test.ts). `expect` lists the fields one
// mention must have; `null` means no money may be found. Seed examples come from ../../../seeds.
import type { CorpusExample } from '../types.js';

type Expect = CorpusExample['expect'];
const own = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'own' });
const seed = (text: string, expect: Expect): CorpusExample => ({ text, expect, origin: 'seed' });
const money = (amount: number, currency: string) => ({ kind: 'money' as const, amount, currency });

export const corpus: CorpusExample[] = [
  // ---- from the seed articles ------------------------------------------------------------------
  seed(
    'Industry observers view this move as a strategic effort to re-engage developers who have migrated to open-source models, ultimately guiding them toward OpenAI’s paid services, which now generate over $1 billion annually.',
    { text: 'over $1 billion', value: money(1e9, 'USD'), qualifiers: { approx: 'over' } },
  ),
  seed('Meanwhile, OpenAI has successfully closed a $40 billion investment round led by SoftBank.', {
    text: '$40 billion', value: money(40e9, 'USD'), qualifiers: { approx: null },
  }),
  seed(
    'The company’s valuation, which stood at $157 billion in October last year, has nearly doubled to $300 billion in just over five months.',
    { text: '$157 billion', value: money(157e9, 'USD') },
  ),
  seed(
    'The company’s valuation, which stood at $157 billion in October last year, has nearly doubled to $300 billion in just over five months.',
    { text: '$300 billion', value: money(300e9, 'USD') },
  ),
  seed(
    "His upcoming visit comes just a week after the inauguration of President Lee Jae-myung, who has pledged to make South Korea one of the world's top three AI powerhouses through a 100 trillion-won (US$73 billion) national investment initiative.",
    {
      text: '100 trillion-won (US$73 billion)',
      value: money(100e12, 'KRW'),
      qualifiers: { equivalent: { amount: 73e9, currency: 'USD' } },
    },
  ),
  seed(
    'The Korean AI market, valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033, providing ample opportunities for growth and innovation.',
    { text: '$3.12 billion', value: money(3_120_000_000, 'USD') },
  ),
  seed(
    'The Korean AI market, valued at $3.12 billion in 2024, is projected to surge to $30 billion by 2033, providing ample opportunities for growth and innovation.',
    { text: '$30 billion', value: money(30e9, 'USD') },
  ),
  seed(
    'The number of ChatGPT app users in the country recently surpassed 12 million, making it a "national app," and major corporations such as Samsung are using OpenAI\'s APIs in their in-house systems.',
    null,
  ),
  seed(
    'OpenAI, headquartered in San Francisco, currently has regional offices in 12 locations worldwide, including London, Paris, Munich, Dublin and Brussels.',
    null,
  ),

  // ---- dollar symbols and prefixes -------------------------------------------------------------
  own('The startup raised $25 million in a Series B round.', { text: '$25 million', value: money(25e6, 'USD') }),
  own('Shares jumped after the firm posted revenue of US$4.2 billion.', { text: 'US$4.2 billion', value: money(4.2e9, 'USD') }),
  own('The lender reported a profit of US $610 million for the year.', { text: 'US $610 million', value: money(610e6, 'USD') }),
  own('It booked sales of $1bn last year, up from $800m.', { text: '$1bn', value: money(1e9, 'USD') }),
  own('It booked sales of $1bn last year, up from $800m.', { text: '$800m', value: money(800e6, 'USD') }),
  own('Analysts expect $1.5B in bookings next quarter.', { text: '$1.5B', value: money(1.5e9, 'USD') }),
  own('The chipmaker lost $2.3 bn in the quarter.', { text: '$2.3 bn', value: money(2.3e9, 'USD') }),
  own('Its market capitalization briefly reached $3 trillion in June.', { text: '$3 trillion', value: money(3e12, 'USD') }),
  own('The insurer now manages $1.2tn in assets.', { text: '$1.2tn', value: money(1.2e12, 'USD') }),
  own('Founders closed a $500k pre-seed round.', { text: '$500k', value: money(500_000, 'USD') }),
  own('The regulator fined the broker $5,000 for late filings.', { text: '$5,000', value: money(5000, 'USD') }),
  own('A single ticket now costs $12.50 at the door.', { text: '$12.50', value: money(12.5, 'USD') }),
  own('The firm reported a net loss of $118.75 million.', { text: '$118.75 million', value: money(118_750_000, 'USD') }),
  own('Executives signed a $40-billion supply agreement.', { text: '$40-billion', value: money(40e9, 'USD') }),
  own('The deal, worth $3.12 billion, closed on Friday.', { text: '$3.12 billion', value: money(3_120_000_000, 'USD') }),
  own('Investors poured thirty billion dollars into AI start-ups.', { text: 'thirty billion dollars', value: money(30e9, 'USD') }),
  own('Exports of chips reached 30 billion dollars last year.', { text: '30 billion dollars', value: money(30e9, 'USD') }),
  own('The winner takes home a million-dollar prize.', { text: 'a million-dollar', value: money(1e6, 'USD') }),
  own('The studio spent half a billion dollars on the sequel.', { text: 'half a billion dollars', value: money(5e8, 'USD') }),
  own('The fund holds 2 billion US dollars in bonds.', { text: '2 billion US dollars', value: money(2e9, 'USD') }),
  own('The city paid USD 500 million for the bridge.', { text: 'USD 500 million', value: money(500e6, 'USD') }),
  own('The company raised 5 million USD from angel investors.', { text: '5 million USD', value: money(5e6, 'USD') }),

  // ---- other dollars -----------------------------------------------------------------------------
  own('Temasek invested S$50 million in the logistics venture.', { text: 'S$50 million', value: money(50e6, 'SGD') }),
  own('The miner raised A$300 million in a placement.', { text: 'A$300 million', value: money(300e6, 'AUD') }),
  own('The pension plan committed C$2.5 billion to infrastructure.', { text: 'C$2.5 billion', value: money(2.5e9, 'CAD') }),
  own('The tycoon paid HK$1.2 billion for the office tower.', { text: 'HK$1.2 billion', value: money(1.2e9, 'HKD') }),
  own('The foundry will spend NT$100 billion on a new fab.', { text: 'NT$100 billion', value: money(100e9, 'TWD') }),
  own('The developer bought the site for 3 billion Hong Kong dollars.', { text: '3 billion Hong Kong dollars', value: money(3e9, 'HKD') }),
  own('The airline received 500 million Australian dollars in state aid.', { text: '500 million Australian dollars', value: money(500e6, 'AUD') }),
  own('The pipeline will cost 1 billion Canadian dollars.', { text: '1 billion Canadian dollars', value: money(1e9, 'CAD') }),
  own('Singapore’s sovereign fund issued SGD 600m of notes.', { text: 'SGD 600m', value: money(600e6, 'SGD') }),

  // ---- euro, pound, franc ---------------------------------------------------------------------------
  own('The software group is now valued at €2 billion.', { text: '€2 billion', value: money(2e9, 'EUR') }),
  own(
    'The Paris-based lab raised €600 million ($690 million) in its latest round.',
    { text: '€600 million ($690 million)', value: money(600e6, 'EUR'), qualifiers: { equivalent: { amount: 690e6, currency: 'USD' } } },
  ),
  own('The regional bank received 3 million euros from the EU.', { text: '3 million euros', value: money(3e6, 'EUR') }),
  own('Brussels imposed a EUR 4.3 billion penalty on the search giant.', { text: 'EUR 4.3 billion', value: money(4.3e9, 'EUR') }),
  own('The bond deal is worth 800 million EUR.', { text: '800 million EUR', value: money(800e6, 'EUR') }),
  own('The club sold its striker for £85m.', { text: '£85m', value: money(85e6, 'GBP') }),
  own('The broadcaster sold its archive for 200 million pounds.', { text: '200 million pounds', value: money(200e6, 'GBP') }),
  own('The utility raised GBP 750 million in green bonds.', { text: 'GBP 750 million', value: money(750e6, 'GBP') }),
  own('The bank agreed to pay a fine of 50 million Swiss francs.', { text: '50 million Swiss francs', value: money(50e6, 'CHF') }),
  own('The insurer set aside CHF 1.2 billion for claims.', { text: 'CHF 1.2 billion', value: money(1.2e9, 'CHF') }),

  // ---- Asian currencies ---------------------------------------------------------------------------
  own('The central bank injected ¥1 trillion into money markets.', { text: '¥1 trillion', value: money(1e12, 'JPY') }),
  own('The carmaker earmarked 5 billion yen for the battery project.', { text: '5 billion yen', value: money(5e9, 'JPY') }),
  own('The bank arranged a JPY 50 billion credit facility.', { text: 'JPY 50 billion', value: money(50e9, 'JPY') }),
  own('The museum bought the scroll for 75 billion Japanese yen.', { text: '75 billion Japanese yen', value: money(75e9, 'JPY') }),
  own('Collectors paid 12,000-yen for each of the figurines.', { text: '12,000-yen', value: money(12_000, 'JPY') }),
  own(
    'The game publisher earned 94.4 billion yen ($656 million) in the quarter.',
    { text: '94.4 billion yen ($656 million)', value: money(94.4e9, 'JPY'), qualifiers: { equivalent: { amount: 656e6, currency: 'USD' } } },
  ),
  own('The e-commerce group will spend CN¥3.5 billion on logistics.', { text: 'CN¥3.5 billion', value: money(3.5e9, 'CNY') }),
  own('The platform launched an RMB 10 billion subsidy programme.', { text: 'RMB 10 billion', value: money(10e9, 'CNY') }),
  own('The automaker will invest 2 billion yuan in the plant.', { text: '2 billion yuan', value: money(2e9, 'CNY') }),
  own('The government set aside 100 trillion won for chip makers.', { text: '100 trillion won', value: money(100e12, 'KRW') }),
  own(
    'Samsung pledged 1.2 trillion won ($870 million) for foundry research.',
    { text: '1.2 trillion won ($870 million)', value: money(1.2e12, 'KRW'), qualifiers: { equivalent: { amount: 870e6, currency: 'USD' } } },
  ),
  own(
    'The battery maker will spend 4.5 trillion won (about $3.4 billion) on a US plant.',
    { text: '4.5 trillion won (about $3.4 billion)', value: money(4.5e12, 'KRW'), qualifiers: { equivalent: { amount: 3.4e9, currency: 'USD' } } },
  ),
  own(
    'Sales totalled €1.2 billion, or $1.3 billion, last year.',
    { text: '€1.2 billion, or $1.3 billion', value: money(1.2e9, 'EUR'), qualifiers: { equivalent: { amount: 1.3e9, currency: 'USD' } } },
  ),
  own('The startup secured ₩500 billion in policy loans.', { text: '₩500 billion', value: money(500e9, 'KRW') }),
  own('KRW 3 trillion will go to AI data centres.', { text: 'KRW 3 trillion', value: money(3e12, 'KRW') }),
  own('The ministry will spend 3 trillion KRW on semiconductors.', { text: '3 trillion KRW', value: money(3e12, 'KRW') }),
  own('A cup of coffee costs 4,500 won in central Seoul.', { text: '4,500 won', value: money(4500, 'KRW') }),
  own('The city approved a 5 billion South Korean won budget.', { text: '5 billion South Korean won', value: money(5e9, 'KRW') }),
  own('The ministry approved Rs 1,000 crore for rural roads.', { text: 'Rs 1,000 crore', value: money(10e9, 'INR') }),
  own('A ₹500 crore fund was launched for start-ups.', { text: '₹500 crore', value: money(5e9, 'INR') }),
  own('The budget includes Rs 1.5 lakh crore for highways.', { text: 'Rs 1.5 lakh crore', value: money(1.5e12, 'INR') }),
  own('The scheme pays Rs. 50,000 to each farmer.', { text: 'Rs. 50,000', value: money(50_000, 'INR') }),
  own('The retailer plans to raise 10 billion rupees in its IPO.', { text: '10 billion rupees', value: money(10e9, 'INR') }),
  own('The railway won an INR 2,000 crore order.', { text: 'INR 2,000 crore', value: money(20e9, 'INR') }),
  own('Jakarta allocated 1.2 trillion rupiah for flood control.', { text: '1.2 trillion rupiah', value: money(1.2e12, 'IDR') }),
  own('The state bank lent Rp 2 trillion to the toll operator.', { text: 'Rp 2 trillion', value: money(2e12, 'IDR') }),
  own('The start-up raised RM50 million from local funds.', { text: 'RM50 million', value: money(50e6, 'MYR') }),
  own('The sukuk raised 3 billion ringgit.', { text: '3 billion ringgit', value: money(3e9, 'MYR') }),
  own('The flag carrier needs 50 billion baht to survive.', { text: '50 billion baht', value: money(50e9, 'THB') }),
  own('The carmaker raised 2 trillion dong from bonds.', { text: '2 trillion dong', value: money(2e12, 'VND') }),
  own('The mall developer spent ₱8 billion on the complex.', { text: '₱8 billion', value: money(8e9, 'PHP') }),
  own('The fast-food chain paid 10 billion Philippine pesos for the rival.', { text: '10 billion Philippine pesos', value: money(10e9, 'PHP') }),

  // ---- other currencies ---------------------------------------------------------------------------
  own('The state oil company plans to spend R$20 billion this year.', { text: 'R$20 billion', value: money(20e9, 'BRL') }),
  own('The utility pledged 9 billion reais to upgrade the grid.', { text: '9 billion reais', value: money(9e9, 'BRL') }),
  own('The retailer spent 4 billion Mexican pesos on new stores.', { text: '4 billion Mexican pesos', value: money(4e9, 'MXN') }),
  own('The airline was fined 1.3 billion dirhams.', { text: '1.3 billion dirhams', value: money(1.3e9, 'AED') }),
  own('The contractor signed a 2 billion riyal contract.', { text: '2 billion riyal', value: money(2e9, 'SAR') }),
  own('The lender holds 500 billion naira in deposits.', { text: '500 billion naira', value: money(500e9, 'NGN') }),
  own('The website agreed to pay 100 million shekels.', { text: '100 million shekels', value: money(100e6, 'ILS') }),
  own('The furniture maker invested 1 billion kronor in Sweden.', { text: '1 billion kronor', value: money(1e9, 'SEK') }),
  own('The fund lost 300 billion Norwegian kroner in a quarter.', { text: '300 billion Norwegian kroner', value: money(300e9, 'NOK') }),
  own('The refinery will cost 2 billion zlotys.', { text: '2 billion zlotys', value: money(2e9, 'PLN') }),
  own('The gas exporter earned 500 billion rubles.', { text: '500 billion rubles', value: money(500e9, 'RUB') }),
  own('Ankara announced a 20 billion lira support package.', { text: '20 billion lira', value: money(20e9, 'TRY') }),
  own('The power utility needs 30 billion rand.', { text: '30 billion rand', value: money(30e9, 'ZAR') }),
  own('Kyiv received ₴5 billion in grants.', { text: '₴5 billion', value: money(5e9, 'UAH') }),

  // ---- hedges ---------------------------------------------------------------------------------------
  own('Over $1 billion was spent on the campaign.', { text: 'Over $1 billion', value: money(1e9, 'USD'), qualifiers: { approx: 'over' } }),
  own('The unit generates more than $5 billion a year.', { text: 'more than $5 billion', qualifiers: { approx: 'more_than' } }),
  own('The new terminal could cost up to $2 billion.', { text: 'up to $2 billion', qualifiers: { approx: 'up_to' } }),
  own('The combined group is worth at least $18 billion.', { text: 'at least $18 billion', qualifiers: { approx: 'at_least' } }),
  own('The stake was sold for about $22 million.', { text: 'about $22 million', qualifiers: { approx: 'about' } }),
  own('The firm raised nearly $300 million this year.', { text: 'nearly $300 million', qualifiers: { approx: 'nearly' } }),
  own('Losses were less than $10 million.', { text: 'less than $10 million', qualifiers: { approx: 'less_than' } }),
  own('The tower sold for around £400 million.', { text: 'around £400 million', value: money(400e6, 'GBP'), qualifiers: { approx: 'about' } }),
  own('The start-up is valued at roughly €3bn.', { text: 'roughly €3bn', value: money(3e9, 'EUR'), qualifiers: { approx: 'about' } }),
  own('The programme costs some $40 billion.', { text: 'some $40 billion', qualifiers: { approx: 'about' } }),
  own('Turnover was approximately 4.5 trillion won last year.', { text: 'approximately 4.5 trillion won', value: money(4.5e12, 'KRW'), qualifiers: { approx: 'about' } }),
  own('The settlement is estimated at an estimated $2.1 billion.', { text: 'an estimated $2.1 billion', qualifiers: { approx: 'about' } }),
  own('Quarterly revenue topped $1 billion for the first time.', { text: '$1 billion', qualifiers: { approx: 'more_than' } }),
  own('It is a $1 billion-plus deal.', { text: '$1 billion-plus', qualifiers: { approx: 'more_than' } }),
  own('Donors pledged $10,000+ for the shelter.', { text: '$10,000+', value: money(10_000, 'USD'), qualifiers: { approx: 'more_than' } }),
  own('Sales reached just over €1 billion.', { text: 'just over €1 billion', qualifiers: { approx: 'over' } }),

  // ---- ranges ---------------------------------------------------------------------------------------
  own('The plant will cost between $770 million and $830 million.', { text: '$770 million', value: money(770e6, 'USD') }),
  own('The plant will cost between $770 million and $830 million.', { text: '$830 million', value: money(830e6, 'USD') }),
  own('Guidance calls for $5-7 billion in capital spending.', { text: '$5', value: money(5e9, 'USD') }),
  own('Guidance calls for $5-7 billion in capital spending.', { text: '7 billion', value: money(7e9, 'USD') }),
  own('The ministry budgeted 5 to 7 trillion won for the grid.', { text: '5', value: money(5e12, 'KRW') }),

  // ---- a currency given once in a comparison ---------------------------------------------------------
  own('Sales in Europe stood at 18.4 billion kronor ($1.7 billion) compared to 16.9 billion ($1.6 billion) a year earlier.', { text: '16.9 billion ($1.6 billion)', value: money(16.9e9, 'SEK'), qualifiers: { equivalent: { amount: 1.6e9, currency: 'USD' } } }),
  own('Bookings rose to 12.3 billion yen from 11.1 billion a year earlier.', { text: '11.1 billion', value: money(11.1e9, 'JPY') }),
  own('The unit earned €2.4 million, versus 1.9 million in 2023.', { text: '1.9 million', value: money(1.9e6, 'EUR') }),
  own('Turnover was £3.1bn against £2.8bn; profit was 410 million compared with 380 million.', { text: '£2.8bn', value: money(2.8e9, 'GBP') }),

  // ---- "francs", "pesos": the country the article names says which ---------------------------------------
  own('Perrenoud is a Swiss company. The startup was valued at 1.2 billion francs in 2023.', { text: '1.2 billion francs', value: money(1.2e9, 'CHF') }),
  own('In Mexico, the streaming unit took in 5.3 billion pesos ($284 million).', { text: '5.3 billion pesos ($284 million)', value: money(5.3e9, 'MXN') }),
  own('Sales in Chile and Colombia reached 5 billion pesos.', null),
  own('Colombia\'s Zafra grew. In Colombia and Peru it lends; Colombian rates fell. It opened in Mexico City. The round values it at 3.3 trillion pesos.', { text: '3.3 trillion pesos', value: money(3.3e12, 'COP') }),
  // "pounds" in a story about Egypt; "lira" needs no scale word
  own('Cairo riders spent more. By 2030 the market is forecast to reach 118 billion pounds.', { text: '118 billion pounds', value: money(118e9, 'EGP') }),
  own('The London fund raised 2 billion pounds.', { text: '2 billion pounds', value: money(2e9, 'GBP') }),
  own('Some 610,000 families pay 149 lira a month for a premium tier.', { text: '149 lira', value: money(149, 'TRY') }),
  own('Nairobi riders spent 52 billion shillings on app-booked rides.', { text: '52 billion shillings', value: money(52e9, 'KES') }),
  own('The Stockholm company said net sales rose to 2.84 billion crowns in the quarter.', { text: '2.84 billion crowns', value: money(2.84e9, 'SEK') }),
  own('The crown jewels were sold for millions.', null),
  own('The Accra firm earned 300 million cedis ($25 million).', { text: '300 million cedis ($25 million)', value: money(300e6, 'GHS') }),

  // ---- not money --------------------------------------------------------------------------------------
  own('The team won 3 games in a row.', null),
  own('Samsung won the contract in 2019.', null),
  own('The firm, founded in 2019 won an innovation award.', null),
  own('The two won gold medals in Paris.', null),
  own('The app has 12 million users in Japan.', null),
  own('Revenue grew 42% from a year earlier.', null),
  own('PHP 8 introduced a just-in-time compiler.', null),
  own('The boxer weighs 200 pounds.', null),
  own('The plant employs 5,000 people.', null),
  own('The souvenir shop sells 10 francs postcards.', null),
  own('He was paid in dollars and euros.', null),
  own('Dollar signs ($) appeared on the screen.', null),
  own('Operators are rolling out 5G networks.', null),
]
