// A synthetic corpus for the benchmark: paragraphs of the seed and fixture articles recombined
// (deterministically) into many files of news-like text, plus single large documents.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['seeds', 'fixtures/articles', 'fixtures/diff/story'];

export interface Source {
  header: string;
  paragraphs: string[];
}

/** A small, fast, seeded PRNG (mulberry32), so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadSources(root = ROOT): Source[] {
  const out: Source[] = [];
  for (const dir of SOURCES) {
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(join(root, dir, f), 'utf8').replace(/\r\n/g, '\n');
      const nl = text.indexOf('\n');
      const header = nl === -1 ? text : text.slice(0, nl);
      const paragraphs = text
        .slice(nl + 1)
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
      if (paragraphs.length) out.push({ header, paragraphs });
    }
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One article of about `bytes` bytes: a dated header from one source, then paragraphs from all of them. */
export function article(sources: Source[], rand: () => number, bytes: number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const src = pick(sources);
  const date = `${2015 + Math.floor(rand() * 11)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
  const header = /^\s*date \d{4}-\d{2}-\d{2}/.test(src.header) ? src.header.replace(/\d{4}-\d{2}-\d{2}/, date) : ` date ${date} ${src.header.trim()}`;
  const parts = [header, ''];
  let size = Buffer.byteLength(header) + 1;
  // Mostly paragraphs of the same story, some from others, as an archive's articles repeat their themes.
  while (size < bytes) {
    const p = pick(rand() < 0.6 ? src.paragraphs : pick(sources).paragraphs);
    parts.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n');
}

export interface CorpusSpec {
  dir: string;
  files: number;
  /** Total size in bytes, spread over the files (sizes vary from a third to 1.7 times the mean). */
  bytes: number;
  seed?: number;
}

/** Writes `files` articles under dir/NNN/ (100 per folder); returns the total bytes written. */
export function writeCorpus(spec: CorpusSpec, sources = loadSources()): number {
  const rand = prng(spec.seed ?? 42);
  const mean = spec.bytes / spec.files;
  let total = 0;
  for (let i = 0; i < spec.files; i++) {
    const sub = join(spec.dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const text = article(sources, rand, Math.round(mean * (0.3 + 1.4 * rand())));
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}.txt`), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

/** Writes one document of about `bytes` bytes: one header, then paragraphs recombined from all sources. */
export async function writeBigDocument(path: string, bytes: number, seed = 7, sources = loadSources()): Promise<number> {
  const rand = prng(seed);
  const out = createWriteStream(path);
  let total = 0;
  const chunk = 1 << 20;
  let first = true;
  while (total < bytes) {
    let text = article(sources, rand, Math.min(chunk, bytes - total));
    if (!first) text = text.slice(text.indexOf('\n') + 2); // only the first piece keeps its header line
    first = false;
    if (!out.write(text + '\n\n')) await once(out, 'drain');
    total += Buffer.byteLength(text) + 2;
  }
  out.end();
  await once(out, 'finish');
  return total;
}
