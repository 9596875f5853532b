// Colour families for fact types: one colour per family, shared by the highlights, the list and the legend.

export interface Family {
  key: string;
  label: string;
  colour: string;
}

export const FAMILIES: readonly Family[] = [
  { key: 'users', label: 'users', colour: '#0e7490' },
  { key: 'money', label: 'money: valuation, funding, revenue, investment', colour: '#15803d' },
  { key: 'market', label: 'market and ranking', colour: '#b45309' },
  { key: 'deal', label: 'deals and partnerships', colour: '#a21caf' },
  { key: 'place', label: 'offices', colour: '#1d4ed8' },
  { key: 'product', label: 'products', colour: '#6d28d9' },
  { key: 'person', label: 'people', colour: '#dc2626' },
  { key: 'quote', label: 'quotes', colour: '#57534e' },
  { key: 'custom', label: 'custom rules', colour: '#ea580c' },
  { key: 'mention', label: 'mentions (untyped values)', colour: '#64748b' },
  { key: 'other', label: 'other', colour: '#334155' },
];

const FAMILY_OF_PREFIX: Record<string, string> = {
  users: 'users', valuation: 'money', funding: 'money', revenue: 'money', investment: 'money',
  market: 'market', ranking: 'market', deal: 'deal', partnership: 'deal', offices: 'place', office: 'place',
  product: 'product', person: 'person', quote: 'quote', mention: 'mention', custom: 'custom',
};

export function familyOf(type: string): Family {
  const key = FAMILY_OF_PREFIX[type.split('.')[0]!] ?? 'other';
  return FAMILIES.find((f) => f.key === key)!;
}

/** CSS rules giving each family class (`t-<key>`) its colour and a light tint. */
export function familyCss(): string {
  return FAMILIES.map((f) => {
    const n = parseInt(f.colour.slice(1), 16);
    const rgb = `${(n >> 16) & 255},${(n >> 8) & 255},${n & 255}`;
    return `.t-${f.key}{--c:${f.colour};--tint:rgba(${rgb},.15);--tint2:rgba(${rgb},.32)}`;
  }).join('\n');
}
