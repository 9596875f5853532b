// The status words users give to --fail-on and --only, for two sides and for many sources.
import { UsageError } from '../extraction.js';
import type { ManyStatus, PairStatus } from './compare.js';

const PAIR_WORDS: Record<string, PairStatus[]> = {
  same: ['same'],
  agree: ['same'],
  changed: ['changed'],
  conflict: ['changed'],
  removed: ['only_in_a'],
  only_in_a: ['only_in_a'],
  added: ['only_in_b'],
  only_in_b: ['only_in_b'],
};

const MANY_WORDS: Record<string, ManyStatus[]> = {
  agree: ['agree'],
  same: ['agree'],
  conflict: ['conflict'],
  changed: ['conflict'],
  single: ['single'],
};

function split(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/-/g, '_'))
    .filter(Boolean);
}

export function pairStatuses(list: string, option: string, allowed = Object.keys(PAIR_WORDS)): Set<PairStatus> {
  const out = new Set<PairStatus>();
  for (const w of split(list)) {
    if (!allowed.includes(w)) throw new UsageError(`${option}: unknown status "${w}" (use ${allowed.join(', ')})`);
    for (const s of PAIR_WORDS[w]!) out.add(s);
  }
  if (out.size === 0) throw new UsageError(`${option}: give at least one status`);
  return out;
}

export function manyStatuses(list: string, option: string, allowed = Object.keys(MANY_WORDS)): Set<ManyStatus> {
  const out = new Set<ManyStatus>();
  for (const w of split(list)) {
    if (w === 'added' || w === 'removed' || w === 'only_in_a' || w === 'only_in_b') {
      throw new UsageError(`${option}: "${w}" applies when comparing two sides (extract diff A B); across many sources use conflict or single`);
    }
    if (!allowed.includes(w)) throw new UsageError(`${option}: unknown status "${w}" (use ${allowed.join(', ')})`);
    for (const s of MANY_WORDS[w]!) out.add(s);
  }
  if (out.size === 0) throw new UsageError(`${option}: give at least one status`);
  return out;
}

/** The statuses --fail-on accepts, as the README documents them. */
export const FAIL_ON_PAIR = ['conflict', 'changed', 'added', 'removed'];
export const FAIL_ON_MANY = ['conflict', 'changed', 'single'];
