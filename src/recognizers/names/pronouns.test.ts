import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../document/index.js';
import { recognize } from '../../pipeline.js';
import { defaultRecognizers } from '../index.js';

/** The person each "he" / "she" mention stands for, in order. */
function pronouns(text: string): string[] {
  const doc = makeDocument('-', text, {});
  return recognize(doc, defaultRecognizers())
    .filter((m) => m.qualifiers.pronoun)
    .map((m) => `${m.text}=${m.value.kind === 'entity' ? m.value.name : ''}`);
}

describe('pronouns that open a sentence', () => {
  it('stand for the person who leads the sentence before', () => {
    expect(pronouns('Corvane hired Ana Ruiz, a banker, to replace Paul Frost. She starts in May.')).toEqual(['She=Ana Ruiz']);
  });
  it('read past a short opener and through a sentence that names nobody', () => {
    expect(pronouns('Rosa Alvarez, 52, runs the unit. Sales rose. Before that she was at Mercavia.')).toEqual(['she=Rosa Alvarez']);
  });
  it('chain: a pronoun leads its sentence for the next one', () => {
    expect(pronouns('Tom Reid joined in May. He ran sales. He left in June.')).toEqual(['He=Tom Reid', 'He=Tom Reid']);
  });
  it('are not linked after a name in the opener, nor to a name inside a quotation', () => {
    expect(pronouns('Maya Chen runs the lab. Bruno Dias said she was right.')).toEqual([]);
    expect(pronouns('"Ask Maya Chen," the memo said. She declined.')).toEqual([]);
  });
  it('look back only to the last sentence of the paragraph before', () => {
    expect(pronouns('Tom Reid joined in May.\n\nSales rose.\n\nHe left.')).toEqual([]);
    expect(pronouns('Tom Reid joined in May.\n\nHe left.')).toEqual(['He=Tom Reid']);
  });
});
