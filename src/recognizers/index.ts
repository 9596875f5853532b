// The registry of recognizers. A new recognizer plugs in here without touching the pipeline.
import type { Recognizer } from './types.js';

let defaults: Recognizer[] | null = null;
export function defaultRecognizers(): Recognizer[] {
  defaults ??= [];
  return defaults;
}
