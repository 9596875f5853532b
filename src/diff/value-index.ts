// The figures of a fact's keys found by value: an undated "1,252,925 users" looks only at the dated keys
// whose figures come near it, not at every dated key (thousands of days of one figure). A superset is
// found here; `agreement` decides.
import type { Fact } from '../schema.js';
import { amounts, hedgedRange, type Range } from './agree.js';

/** Buckets of 2 %: a figure is filed in a dozen at most (a narrow range: hi at most 1.25 × lo; a wider
 * one is compared with all), and looked for in up to a few hundred ("more than 1 million" spans 35). */
const STEP = Math.log(1.02);
const NARROW = 1.25;
const WIDEST_QUERY = 1000;

/** The ranges a figure may stand for, by currency ("" for counts, percentages and multipliers); null when not a figure. */
function ranges(f: Fact): { unit: string; range: Range }[] | null {
  const v = f.value;
  const approx = f.qualifiers.approx;
  if (v.kind === 'count' || v.kind === 'percent') return [{ unit: '', range: hedgedRange(v.number, approx, v.kind) }];
  if (v.kind === 'multiplier') return [{ unit: '', range: hedgedRange(v.factor, approx, v.kind) }];
  if (v.kind !== 'money') return null;
  return amounts(f).map((a) => ({ unit: a.currency, range: a.range }));
}

/** The buckets of a positive range at most `widest` times as high as low, or null. */
function buckets(r: Range, widest: number): [number, number] | null {
  if (!(r.lo > 0) || !Number.isFinite(r.hi) || r.hi > widest * r.lo) return null;
  // One bucket of slack either side: overlaps() allows a hair's breadth.
  return [Math.floor(Math.log(r.lo) / STEP) - 1, Math.floor(Math.log(r.hi) / STEP) + 1];
}

export class ValueIndex<K> {
  private readonly byBucket = new Map<string, Set<K>>();
  /** Keys with a value that is not a narrow positive figure: always candidates. */
  private readonly always = new Set<K>();

  add(key: K, f: Fact): void {
    const rs = ranges(f);
    if (!rs) return void this.always.add(key);
    for (const { unit, range } of rs) {
      const b = buckets(range, NARROW);
      if (!b) {
        this.always.add(key);
        continue;
      }
      for (let i = b[0]; i <= b[1]; i++) {
        const k = `${unit}\u0000${i}`;
        const set = this.byBucket.get(k);
        if (set) set.add(key);
        else this.byBucket.set(k, new Set([key]));
      }
    }
  }

  /** The keys whose values may agree with `f`, or null when any key may (compare with all). */
  near(f: Fact): Set<K> | null {
    const rs = ranges(f);
    if (!rs) return null;
    const out = new Set<K>(this.always);
    for (const { unit, range } of rs) {
      const b = buckets(range, WIDEST_QUERY);
      if (!b) return null;
      for (let i = b[0]; i <= b[1]; i++) for (const k of this.byBucket.get(`${unit}\u0000${i}`) ?? []) out.add(k);
    }
    return out;
  }
}
