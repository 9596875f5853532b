// The registry of recognizers. A new recognizer plugs in here without touching the pipeline.
import type { Gazetteer } from '../names/gazetteer.js';
import { recognizers as money } from './money/index.js';
import { recognizers as multiplier } from './multiplier/index.js';
import { createNameRecognizer } from './names/index.js';
import { recognizers as number } from './number/index.js';
import { recognizers as percent } from './percent/index.js';
import { recognizers as rank } from './rank/index.js';
import { recognizers as time } from './time/index.js';
import type { Recognizer } from './types.js';

const VALUES: Recognizer[] = [...number, ...money, ...percent, ...multiplier, ...rank, ...time];

let defaults: Recognizer[] | null = null;
export function defaultRecognizers(): Recognizer[] {
  defaults ??= [...VALUES, createNameRecognizer()];
  return defaults;
}

/** The recognizers with a name gazetteer extended by the user's --aliases files. */
export function recognizersWith(gazetteer: Gazetteer): Recognizer[] {
  return [...VALUES, createNameRecognizer(gazetteer)];
}
