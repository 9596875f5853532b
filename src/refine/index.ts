// Shared steps after the rules, in order. Each takes and returns the drafts of one document.
import type { Draft } from '../engine/draft.js';
import type { Context } from '../pipeline.js';
import { mergeCoLeads } from './co-lead.js';
import { dedupe } from './dedupe.js';
import { earlierFigure } from './earlier-figure.js';
import { enumeration } from './enumeration.js';
import { attachOfficeRank } from './office-rank.js';
import { attachRoundLead } from './round-lead.js';
import { attachScope } from './scope.js';
import { attachStatus } from './status.js';
import { attachSubject } from './subject.js';
import { attachSuccession } from './succession.js';
import { attachTime } from './time.js';

export type Refiner = (ctx: Context, drafts: Draft[]) => Draft[];

export const refiners: Refiner[] = [attachSubject, enumeration, earlierFigure, attachOfficeRank, attachRoundLead, mergeCoLeads, attachSuccession, attachTime, attachScope, attachStatus, dedupe];
