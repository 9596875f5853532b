// The tag kinds each value macro stands for: {place} is a country or city ("place") or a region.
export const KINDS: Record<string, string> = {
  money: 'money', count: 'count', percent: 'percent', multiplier: 'multiplier', rank: 'rank',
  date: 'time', time: 'time', org: 'org', person: 'person', product: 'product',
  place: '(?:place|region)', city: 'place', region: 'region', demonym: 'demonym', anyplace: '(?:place|region|demonym)',
  entity: '(?:org|product|person|place)', name: '(?:org|product)',
};
