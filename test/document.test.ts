import { describe, expect, it } from 'vitest';
import { makeDocument, sentenceAt } from '../src/document/index.js';
import { readHeader } from '../src/document/header.js';
import { LineIndex } from '../src/document/lines.js';
import { decode } from '../src/document/read.js';

const sentences = (text: string) => {
  const d = makeDocument('t.txt', text);
  return d.sentences.map((s) => text.slice(s.start, s.end));
};

describe('header', () => {
  it('reads date, title, dateline and byline from a seed-style first line', () => {
    const h = readHeader(' date 2025-04-02 Chips fuel a rally in S. Korea. April. 02, 2025 07:57. by Jane Roe jane@example.com.\n\nBody.');
    expect(h).toMatchObject({ date: '2025-04-02', title: 'Chips fuel a rally in S. Korea', byline: 'Jane Roe jane@example.com' });
  });
  it('reads a date line alone and rejects impossible dates', () => {
    expect(readHeader(' date 2024-02-29\nText.').date).toBe('2024-02-29');
    expect(readHeader(' date 2025-02-30 Title\nText.').date).toBeNull();
  });
  it('takes a short first line without a full stop as the headline when there is no header', () => {
    expect(readHeader('Acme opens Lisbon office\nAcme said on Monday it opened.').title).toBe('Acme opens Lisbon office');
    expect(readHeader('Acme said on Monday it opened an office.\nMore.').title).toBeNull();
  });
  it('skips a UTF-8 BOM before the header', () => {
    expect(readHeader('\uFEFF date 2025-01-05 Title\nBody.').date).toBe('2025-01-05');
  });
});

describe('sentence splitter', () => {
  it('does not break on abbreviations, initials, decimals or dotted acronyms', () => {
    expect(sentences('Users in S. Korea rose 1.25 million. The U.S. firm Acme Co. and Beta Inc. agreed in Jul. to merge. Deal No. 5 closed.')).toEqual([
      'Users in S. Korea rose 1.25 million.',
      'The U.S. firm Acme Co. and Beta Inc. agreed in Jul. to merge.',
      'Deal No. 5 closed.',
    ]);
  });
  it('keeps initials inside a name and a dateline together', () => {
    expect(sentences('Manuel L. Quezon III spoke. It was April. 02, 2025 07:57 then.')).toEqual(['Manuel L. Quezon III spoke.', 'It was April. 02, 2025 07:57 then.']);
  });
  it('ends a sentence after an abbreviation when a sentence opener follows', () => {
    expect(sentences('Shares of Gamma Corp. The company fell.')).toEqual(['Shares of Gamma Corp.', 'The company fell.']);
  });
  it('keeps a quotation that spans sentences in one sentence', () => {
    const s = sentences('She said, "We grew fast. We will grow faster." Then she left.');
    expect(s).toEqual(['She said, "We grew fast. We will grow faster."', 'Then she left.']);
    expect(sentences('“It works. It scales,” Lee said. Next.')).toEqual(['“It works. It scales,” Lee said.', 'Next.']);
  });
  it('cuts run-on text without full stops into bounded pieces, at spaces', () => {
    const text = 'word '.repeat(2000).trim();
    const parts = sentences(text);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.every((p) => p.length <= 1500 && !p.startsWith(' ') && !p.endsWith(' '))).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });
  it('is not swallowed by an unbalanced quotation mark', () => {
    expect(sentences('He said "hello. Then he left. Bye.')).toHaveLength(3);
  });
  it('treats each line as a paragraph but joins hard-wrapped lines', () => {
    const d = makeDocument('t', 'First line ends here.\nSecond paragraph.\n\nA wrapped line that goes\non here.');
    expect(d.paragraphs).toHaveLength(3);
    expect(d.text.slice(d.sentences[2]!.start, d.sentences[2]!.end)).toBe('A wrapped line that goes\non here.');
  });
  it('gives exact offsets into the original text, CRLF and BOM included', () => {
    const text = '\uFEFF date 2025-01-05 Title\r\n\r\nOne sentence. Two sentences.\r\n';
    const d = makeDocument('t', text);
    const body = d.sentences.map((s) => text.slice(s.start, s.end));
    expect(body).toEqual(['Title', 'One sentence.', 'Two sentences.']);
    expect(sentenceAt(d, text.indexOf('Two'))).toBe(d.sentences[2]);
  });
});

describe('line index', () => {
  it('gives 1-based line and column', () => {
    const idx = new LineIndex('ab\ncd\r\nef');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(4)).toEqual({ line: 2, column: 2 });
    expect(idx.position(7)).toEqual({ line: 3, column: 1 });
  });
});

describe('decoding', () => {
  it('rejects binary and empty input, and decodes invalid UTF-8 with a warning', () => {
    expect(() => decode('b.txt', new Uint8Array([65, 0, 66]))).toThrow(/binary/);
    expect(() => decode('e.txt', new Uint8Array())).toThrow(/empty/);
    const r = decode('l.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    expect(r.text).toBe('Caf\uFFFD.');
    expect(r.warnings[0]).toMatch(/not valid UTF-8/);
  });
  it('keeps a BOM so offsets index the file as read', () => {
    expect(decode('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text).toBe('\uFEFFA');
  });
});
