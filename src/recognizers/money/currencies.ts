// Currency tables: symbols and prefixes, ISO codes, and currency words with their qualifying
// adjectives ("Hong Kong dollars", "Swiss francs").

/** Prefix symbols, exactly as written (the regex is case-insensitive, the lookup is not). */
export const SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'US $': 'USD', 'U.S.$': 'USD', 'U.S. $': 'USD', $: 'USD',
  'A$': 'AUD', 'AU$': 'AUD',
  'C$': 'CAD', 'CA$': 'CAD', 'Can$': 'CAD',
  'HK$': 'HKD',
  'NZ$': 'NZD',
  'S$': 'SGD', 'SG$': 'SGD',
  'R$': 'BRL',
  'NT$': 'TWD',
  'MX$': 'MXN', 'Mex$': 'MXN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY', 'JP¥': 'JPY',
  'CN¥': 'CNY', 'RMB¥': 'CNY',
  '₩': 'KRW',
  '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', RS: 'INR', 'RS.': 'INR',
  Rp: 'IDR', 'Rp.': 'IDR',
  RM: 'MYR',
  '₱': 'PHP',
  '₽': 'RUB',
  '₺': 'TRY',
  '฿': 'THB',
  '₫': 'VND',
  '₦': 'NGN',
  '₪': 'ILS',
  '₴': 'UAH',
};

/** Regex source of the prefix symbols (longest first). */
export const SYMBOL_SOURCE =
  String.raw`US\s?\$|U\.S\.\s?\$|AU?\$|Can\$|CA?\$|HK\$|NZ\$|SG?\$|R\$|NT\$|Mex\$|MX\$|JP¥|CN¥|RMB¥|[$€£¥₩₹₱₽₺฿₫₦₪₴]|Rs\.?|Rp\.?|RM`;

/** ISO 4217 codes (and RMB) accepted before or after an amount; upper case only. */
export const CODES: Record<string, string> = {
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', KRW: 'KRW', CNY: 'CNY', RMB: 'CNY', CNH: 'CNY',
  INR: 'INR', IDR: 'IDR', SGD: 'SGD', AUD: 'AUD', CAD: 'CAD', HKD: 'HKD', NZD: 'NZD', CHF: 'CHF',
  BRL: 'BRL', TWD: 'TWD', MXN: 'MXN', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', PLN: 'PLN', RUB: 'RUB',
  ZAR: 'ZAR', AED: 'AED', SAR: 'SAR', QAR: 'QAR', THB: 'THB', VND: 'VND', PHP: 'PHP', MYR: 'MYR',
  ILS: 'ILS', NGN: 'NGN', EGP: 'EGP', PKR: 'PKR', BDT: 'BDT', KES: 'KES', UAH: 'UAH', CZK: 'CZK',
  HUF: 'HUF', ARS: 'ARS', CLP: 'CLP', COP: 'COP', PEN: 'PEN', LKR: 'LKR', NPR: 'NPR', KZT: 'KZT',
};

/** Codes that are also common words or names: accepted only with a scale ("PHP 8" is a language). */
export const AMBIGUOUS_CODES = new Set(['PHP', 'PEN']);

export const CODE_SOURCE = Object.keys(CODES).join('|');

/** Currency words after an amount; `default` is used when no adjective says otherwise (null: reject). */
interface CurrencyWord {
  default: string | null;
  /** Needs a scale word or an adjective to be money ("200 pounds" may be a weight). */
  needsScale?: boolean;
  adjectives?: Record<string, string>;
  /** Words naming a country in the article ("Mexico", "Swiss") that say which; before the default when they agree. */
  countries?: Record<string, string>;
}

const PESO: Record<string, string> = { mexican: 'MXN', philippine: 'PHP', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP' };
const PESO_COUNTRIES: Record<string, string> = {
  Mexico: 'MXN', Mexican: 'MXN', Philippines: 'PHP', Philippine: 'PHP', Filipino: 'PHP', Argentina: 'ARS', Argentine: 'ARS',
  Chile: 'CLP', Chilean: 'CLP', Colombia: 'COP', Colombian: 'COP',
};

const POUND: Record<string, string> = { british: 'GBP', uk: 'GBP', egyptian: 'EGP', lebanese: 'LBP', sudanese: 'SDG', syrian: 'SYP' };
/** "118 billion pounds" in a story about Egypt is in Egyptian pounds; in one that names Britain too, sterling. */
const POUND_COUNTRIES: Record<string, string> = {
  Egypt: 'EGP', Egyptian: 'EGP', Egyptians: 'EGP', Cairo: 'EGP', Britain: 'GBP', British: 'GBP', UK: 'GBP', 'United Kingdom': 'GBP', England: 'GBP', London: 'GBP',
};

const SHILLING: Record<string, string> = { kenyan: 'KES', tanzanian: 'TZS', ugandan: 'UGX' };
const SHILLING_COUNTRIES: Record<string, string> = {
  Kenya: 'KES', Kenyan: 'KES', Kenyans: 'KES', Nairobi: 'KES', Tanzania: 'TZS', Tanzanian: 'TZS', Uganda: 'UGX', Ugandan: 'UGX',
};
const CROWN: Record<string, string> = { swedish: 'SEK', danish: 'DKK', norwegian: 'NOK', czech: 'CZK', icelandic: 'ISK' };
const CROWN_COUNTRIES: Record<string, string> = {
  Sweden: 'SEK', Swedish: 'SEK', Stockholm: 'SEK', Gothenburg: 'SEK', Denmark: 'DKK', Danish: 'DKK', Copenhagen: 'DKK',
  Norway: 'NOK', Norwegian: 'NOK', Oslo: 'NOK', 'Czech Republic': 'CZK', Czech: 'CZK', Prague: 'CZK',
};
const KRONE_COUNTRIES: Record<string, string> = { Denmark: 'DKK', Danish: 'DKK', Copenhagen: 'DKK', Norway: 'NOK', Norwegian: 'NOK', Oslo: 'NOK' };

const DOLLAR_ADJ: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD',
  singaporean: 'SGD', 'hong kong': 'HKD', 'new taiwan': 'TWD', taiwan: 'TWD', taiwanese: 'TWD',
  'new zealand': 'NZD', 'brunei': 'BND',
};

export const CURRENCY_WORDS: Record<string, CurrencyWord> = {
  dollar: { default: 'USD', adjectives: DOLLAR_ADJ },
  dollars: { default: 'USD', adjectives: DOLLAR_ADJ },
  euro: { default: 'EUR' },
  euros: { default: 'EUR' },
  pound: { default: 'GBP', needsScale: true, adjectives: POUND, countries: POUND_COUNTRIES },
  pounds: { default: 'GBP', needsScale: true, adjectives: POUND, countries: POUND_COUNTRIES },
  sterling: { default: 'GBP' },
  yen: { default: 'JPY', adjectives: { japanese: 'JPY' } },
  won: { default: 'KRW', adjectives: { korean: 'KRW', 'south korean': 'KRW' } },
  yuan: { default: 'CNY', adjectives: { chinese: 'CNY' } },
  renminbi: { default: 'CNY' },
  rupee: { default: 'INR', adjectives: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR' } },
  rupees: { default: 'INR', adjectives: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR' } },
  rupiah: { default: 'IDR', adjectives: { indonesian: 'IDR' } },
  reais: { default: 'BRL', adjectives: { brazilian: 'BRL' } },
  ringgit: { default: 'MYR', adjectives: { malaysian: 'MYR' } },
  baht: { default: 'THB', adjectives: { thai: 'THB' } },
  dong: { default: 'VND', needsScale: true, adjectives: { vietnamese: 'VND' } },
  peso: { default: null, adjectives: PESO, countries: PESO_COUNTRIES },
  pesos: { default: null, adjectives: PESO, countries: PESO_COUNTRIES },
  franc: { default: null, adjectives: { swiss: 'CHF' }, countries: { Switzerland: 'CHF', Swiss: 'CHF' } },
  francs: { default: null, adjectives: { swiss: 'CHF' }, countries: { Switzerland: 'CHF', Swiss: 'CHF' } },
  ruble: { default: 'RUB', adjectives: { russian: 'RUB' } },
  rubles: { default: 'RUB', adjectives: { russian: 'RUB' } },
  rouble: { default: 'RUB', adjectives: { russian: 'RUB' } },
  roubles: { default: 'RUB', adjectives: { russian: 'RUB' } },
  lira: { default: 'TRY', adjectives: { turkish: 'TRY' } },
  rand: { default: 'ZAR', needsScale: true, adjectives: { 'south african': 'ZAR' } },
  naira: { default: 'NGN', adjectives: { nigerian: 'NGN' } },
  shekel: { default: 'ILS', adjectives: { israeli: 'ILS' } },
  shekels: { default: 'ILS', adjectives: { israeli: 'ILS' } },
  riyal: { default: 'SAR', adjectives: { saudi: 'SAR', qatari: 'QAR' } },
  riyals: { default: 'SAR', adjectives: { saudi: 'SAR', qatari: 'QAR' } },
  dirham: { default: 'AED', adjectives: { uae: 'AED', emirati: 'AED' } },
  dirhams: { default: 'AED', adjectives: { uae: 'AED', emirati: 'AED' } },
  zloty: { default: 'PLN', adjectives: { polish: 'PLN' } },
  zlotys: { default: 'PLN', adjectives: { polish: 'PLN' } },
  krona: { default: 'SEK', adjectives: { swedish: 'SEK' } },
  kronor: { default: 'SEK', adjectives: { swedish: 'SEK' } },
  krone: { default: null, adjectives: { danish: 'DKK', norwegian: 'NOK' }, countries: KRONE_COUNTRIES },
  kroner: { default: null, adjectives: { danish: 'DKK', norwegian: 'NOK' }, countries: KRONE_COUNTRIES },
  // "2.84 billion crowns": the kronor, kroner or koruny of the country the article is about
  crown: { default: null, adjectives: CROWN, countries: CROWN_COUNTRIES },
  crowns: { default: null, adjectives: CROWN, countries: CROWN_COUNTRIES },
  shilling: { default: null, adjectives: SHILLING, countries: SHILLING_COUNTRIES },
  shillings: { default: null, adjectives: SHILLING, countries: SHILLING_COUNTRIES },
  cedi: { default: 'GHS', adjectives: { ghanaian: 'GHS' } },
  cedis: { default: 'GHS', adjectives: { ghanaian: 'GHS' } },
  birr: { default: 'ETB', adjectives: { ethiopian: 'ETB' } },
  taka: { default: 'BDT', adjectives: { bangladeshi: 'BDT' } },
  forint: { default: 'HUF', adjectives: { hungarian: 'HUF' } },
  forints: { default: 'HUF', adjectives: { hungarian: 'HUF' } },
  koruna: { default: 'CZK', adjectives: { czech: 'CZK' } },
  hryvnia: { default: 'UAH', adjectives: { ukrainian: 'UAH' } },
  hryvnias: { default: 'UAH', adjectives: { ukrainian: 'UAH' } },
  tenge: { default: 'KZT', adjectives: { kazakh: 'KZT' } },
};

export const CURRENCY_WORD_SOURCE = Object.keys(CURRENCY_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Adjectives that may stand between the amount and the currency word. */
export const ADJECTIVE_SOURCE = [
  ...new Set(Object.values(CURRENCY_WORDS).flatMap((w) => Object.keys(w.adjectives ?? {}))),
]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');
