// `npm run bench -- --budget`: what the `--jobs 1` target (three times chrono-node's MB/s) leaves for the
// extraction itself. In one process, on the same generated articles, warm (best of several passes):
// chrono-node's parse, the whole extraction (the library, bundled as the command line runs it), our date
// recognizer alone, and two steps any design must still take: cutting the text into words (one object per word), and checking each
// fact against the contract (zod) and writing it as a JSON line. Run by bench.ts with the launcher's V8 flags.
import { performance } from 'node:perf_hooks';
import { bundleOf } from '../bin/bundle.js';
import { recognizers as dates } from '../src/recognizers/time/index.js';
import { article, loadSources, prng } from './corpus.js';

interface Library {
  extract(text: string, o: { file: string }): unknown[];
  validateFact(f: unknown): unknown;
}
interface Chrono {
  parse(text: string, ref?: Date): unknown[];
}

/** Words as a tokenizer would give them: letters and digits, one object per word. */
function words(text: string): number {
  const out: { start: number; end: number; text: string }[] = [];
  let s = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (w) {
      if (s < 0) s = i;
    } else if (s >= 0) {
      out.push({ start: s, end: i, text: text.slice(s, i) });
      s = -1;
    }
  }
  return out.length;
}

export async function budget(files = 200, passes = 5): Promise<void> {
  const url = bundleOf('library');
  const lib = (await import(url ? url.href : '../src/index.js')) as Library;
  const mod = (await import('chrono-node')) as unknown as { default?: Chrono } & Partial<Chrono>;
  const chrono = typeof mod.parse === 'function' ? (mod as Chrono) : mod.default!;
  const rand = prng(42);
  const sources = loadSources();
  // Articles of the benchmark corpus's sizes (a third to 1.7 times 20 kB).
  const texts = Array.from({ length: files }, () => article(sources, rand, Math.round(20_000 * (0.3 + 1.4 * rand()))));
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
  const facts = JSON.parse(JSON.stringify(texts.flatMap((t) => lib.extract(t, { file: 'x' })))) as unknown[];
  const steps: [string, () => void][] = [
    ['chrono-node parse (dates only)', () => texts.forEach((t) => chrono.parse(t))],
    ['extract, all rules (the library)', () => texts.forEach((t) => lib.extract(t, { file: 'x' }))],
    // Through tsx, not bundled (about 7% slower): the library does not export its recognizers.
    ['our date recognizer alone', () => texts.forEach((t) => dates.forEach((r) => r.find(t, { refDate: null })))],
    ['cut into words, one object each', () => texts.forEach(words)],
    ['zod check + JSON line of each fact', () => facts.forEach((f) => JSON.stringify(lib.validateFact(f)))],
  ];
  const best = steps.map(() => Infinity);
  // Interleaved, so that a slow moment of the machine falls on every step; the first pass warms up.
  for (let p = 0; p <= passes; p++)
    steps.forEach(([, f], i) => {
      const t0 = performance.now();
      f();
      if (p > 0) best[i] = Math.min(best[i]!, performance.now() - t0);
    });
  const chronoMs = best[0]!;
  console.log(`${files} articles, ${mb.toFixed(1)} MB, ${facts.length} facts; best of ${passes} warm passes\n`);
  console.log(`${'step'.padEnd(36)} ${'ms'.padStart(7)} ${'MB/s'.padStart(7)}  share of chrono-node's time`);
  steps.forEach(([name], i) => console.log(`${name.padEnd(36)} ${best[i]!.toFixed(0).padStart(7)} ${(mb / best[i]! * 1000).toFixed(1).padStart(7)}  ${(best[i]! / chronoMs).toFixed(2)}`));
  const fixed = (best[3]! + best[4]!) / chronoMs;
  console.log(`\nThe target, three times chrono-node's MB/s, lets extract take a third of chrono-node's time (0.33).`);
  console.log(`Cutting the text into words and writing checked JSON lines alone take ${fixed.toFixed(2)}. That leaves ${(1 / 3 - fixed).toFixed(2)} to find`);
  console.log(`dates (our recognizer alone takes ${(best[2]! / chronoMs).toFixed(2)}), names, numbers and money, to match the rules, and to`);
  console.log(`refine and dedupe their facts. extract takes ${(best[1]! / chronoMs).toFixed(2)} now.`);
}
