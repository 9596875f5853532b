// Name recognizers: organisations, people, places and products (see rules.ts).
import type { Mention, Recognizer } from '../types.js';
import { defaultGazetteer, type Gazetteer } from '../../names/gazetteer.js';
import { NameFinder, SOURCE, type FindOptions } from './rules.js';

export { linkNames, resolvePersonAlias } from './link.js';
export { NameFinder, type FindOptions } from './rules.js';

/** A recognizer of org/person/place/product names using this gazetteer (e.g. extended by --aliases). */
export function createNameRecognizer(gazetteer: Gazetteer = defaultGazetteer, options: FindOptions = {}): Recognizer {
  const finder = new NameFinder(gazetteer);
  return {
    name: SOURCE,
    kinds: ['org', 'person', 'place', 'product'],
    find(text: string): Mention[] {
      try {
        return finder.find(text, options);
      } catch {
        return [];
      }
    },
  };
}

export const recognizers: Recognizer[] = [createNameRecognizer()];
