// The money recognizer's corpus is its test (see ../numeric-shared/testing.ts).
import { describeRecognizer } from '../numeric-shared/testing.js';
import { corpus } from './corpus.js';
import { recognizers } from './index.js';

describeRecognizer('money recognizer', recognizers, ['money'], corpus, 100);

// A bare amount takes the currency given earlier in the sentence only as the earlier figure of a
// comparison, in the same scale, and never when a unit follows it.
import { describe, expect, it } from 'vitest';
import { moneyRecognizer } from './index.js';

describe('money: a currency given once', () => {
  const amounts = (text: string) => moneyRecognizer.find(text, { refDate: null }).map((m) => m.text);
  it('leaves a count of things alone', () => {
    expect(amounts('It sold 5 million units for $2 billion, up from 3 million units.')).toEqual(['$2 billion']);
    expect(amounts('Revenue was $4.2 billion from 3 million customers.')).toEqual(['$4.2 billion']);
    expect(amounts('Revenue was $4.2 billion, compared with 900 million a year earlier.')).toEqual(['$4.2 billion']);
    expect(amounts('Revenue was $4.2 billion. Compared with 3.9 billion people online, that is small.')).toEqual(['$4.2 billion']);
  });
  it('reads a bare amount after "from", "compared with", "versus"', () => {
    expect(amounts('Revenue was $4.2 billion, compared with 3.9 billion in 2023.')).toEqual(['$4.2 billion', '3.9 billion']);
  });
});

describe('money: currency words', () => {
  it('each currency word triggers the money parsers (the token list and the currency table agree)', async () => {
    const { CURRENCY_WORDS } = await import('./currencies.js');
    const { wordKind } = await import('../numeric-shared/tokens.js');
    expect(Object.keys(CURRENCY_WORDS).filter((w) => wordKind(w) !== 'currency-word')).toEqual([]);
  });
});
