// Shared steps after the rules, in order. Each takes and returns the drafts of one document.
import type { Draft } from '../engine/draft.js';
import type { Context } from '../pipeline.js';

export type Refiner = (ctx: Context, drafts: Draft[]) => Draft[];

export const refiners: Refiner[] = [];
