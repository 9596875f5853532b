// What may follow a figure that continues a measure named before it ("from 32 million a year earlier",
// "Spain with €0.9 billion,"), and what may not ("2 million downloads", "$2 million customers").
import type { Draft } from '../engine/draft.js';
import type { Mention } from '../recognizers/types.js';
import { NOT_A_UNIT } from '../recognizers/numeric-shared/context.js';

/** For a count of users, their own nouns: "from 32 million users", "with 2.5 million subscribers". */
export const USERS_UNIT = /^\s+(?:users?|subscribers?|members|customers|accounts|m?DAUs?|WAUs?|MAUs?|daily|weekly|monthly|paid|paying|active)\b/i;

/** Whether the text after a figure of this kind leaves it the same measure. */
export function endsMeasure(after: string, kind: string): boolean {
  return NOT_A_UNIT.test(after) || (kind === 'count' && USERS_UNIT.test(after));
}

/** Whether a figure can continue a fact's measure: the same kind of value, and for money the same currency. */
export function sameMeasure(d: Draft, m: Mention): boolean {
  if (d.value.kind !== m.value.kind) return false;
  if (d.value.kind === 'money' && m.value.kind === 'money') return d.value.currency === m.value.currency;
  return true;
}
