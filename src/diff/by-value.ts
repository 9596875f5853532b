// Comparison by distinct value. Whether two statements of one key agree depends only on what they state
// (their signatures: value and qualifiers), so facts repeated across thousands of articles are compared
// once per distinct value, and each pair of distinct values once: repeats cost nothing extra.
import type { Fact } from '../schema.js';
import { agreement, signature, type Agreement } from './agree.js';

const SIGNATURES = new WeakMap<Fact, string>();

/** A fact's signature, worked out once per fact. */
export function sigOf(f: Fact): string {
  let s = SIGNATURES.get(f);
  if (s === undefined) SIGNATURES.set(f, (s = signature(f)));
  return s;
}

/** The first fact of each distinct signature, in the order they first appear. */
export function distinctValues(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of facts) {
    const s = sigOf(f);
    if (!seen.has(s)) {
      seen.add(s);
      out.push(f);
    }
  }
  return out;
}

/**
 * `agreement` of the facts of one key (one type), each ordered pair of signatures worked out once (the
 * reasons and notes name the first fact's side first); `exact` compares signatures only (`check`,
 * `diff --exact`).
 */
export class Agreements {
  /** Signatures numbered, so a pair is found by two numbers rather than a joined string. */
  private readonly ids = new Map<string, number>();
  private readonly known = new Map<number, Map<number, Agreement>>();
  constructor(private readonly exact = false) {}

  private id(f: Fact): number {
    const s = sigOf(f);
    let i = this.ids.get(s);
    if (i === undefined) this.ids.set(s, (i = this.ids.size));
    return i;
  }

  /** What `agreement` says of the two (its reasons and notes too, in exact mode as well). */
  of(x: Fact, y: Fact): Agreement {
    const ix = this.id(x);
    const iy = this.id(y);
    let row = this.known.get(ix);
    if (row === undefined) this.known.set(ix, (row = new Map()));
    let r = row.get(iy);
    if (r === undefined) row.set(iy, (r = agreement(x, y)));
    return r;
  }

  agree(x: Fact, y: Fact): boolean {
    return this.exact ? sigOf(x) === sigOf(y) : this.of(x, y).agree;
  }
}
