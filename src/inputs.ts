// Expands the user's paths (files, directories, globs, "-") to a sorted, de-duplicated list of inputs,
// and reads a list of paths (--files-from) as a stream, in the order given.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import fg from 'fast-glob';

export interface Input {
  /** The path as shown in evidence: as given, `/` separators, no leading `./`; "-" for stdin. */
  file: string;
  /** The path to read. */
  path: string;
}

export interface Expansion {
  inputs: Input[];
  errors: string[];
}

const EXTENSIONS = ['txt', 'md'];
const IGNORE = ['**/node_modules/**', '**/.*/**'];

export function displayPath(p: string): string {
  let s = p.replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  return s.replace(/\/{2,}/g, '/');
}

function isGlob(p: string): boolean {
  return fg.isDynamicPattern(p);
}

/** The files fast-glob finds, read from its stream (the sorted order needs the whole list of paths, not their contents). */
async function glob(pattern: string, options: fg.Options): Promise<string[]> {
  const found: string[] = [];
  for await (const f of fg.stream(pattern, options)) found.push(String(f));
  return found.sort();
}

/** One input; the path shares the display string when they are equal (a long list of paths stays small). */
function input(file: string, path: string): Input {
  return { file, path: path === file ? file : path };
}

export async function expandInputs(paths: string[]): Promise<Expansion> {
  const inputs: Input[] = [];
  const errors: string[] = [];
  for (const given of paths) {
    if (given === '-') {
      inputs.push({ file: '-', path: '-' });
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (e) {
      // A path that exists but cannot be stat'ed (a symlink loop, no permission) goes on to be read,
      // so the read reports the real reason.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && !isGlob(given)) {
        inputs.push({ file: displayPath(given), path: given });
        continue;
      }
      if (isGlob(given)) {
        const found = await glob(displayPath(given), { ignore: IGNORE, onlyFiles: true, dot: false });
        if (found.length === 0) errors.push(`${given}: no files match this pattern`);
        for (const f of found) inputs.push(input(displayPath(f), f));
      } else {
        errors.push(`${given}: no such file or directory`);
      }
      continue;
    }
    if (info.isDirectory()) {
      const base = displayPath(given).replace(/\/$/, '');
      const found = await glob(`**/*.{${EXTENSIONS.join(',')}}`, { cwd: given, ignore: IGNORE, onlyFiles: true, dot: false });
      if (found.length === 0) errors.push(`${given}: directory has no .txt or .md files`);
      for (const f of found) inputs.push(input(base === '' || base === '.' ? f : `${base}/${f}`, `${given.replace(/[\\/]$/, '')}/${f}`));
    } else {
      inputs.push({ file: displayPath(given), path: given });
    }
  }
  // One stable order whatever the order of the arguments; duplicates read once.
  const seen = new Set<string>();
  const unique = inputs.filter((i) => (seen.has(i.file) ? false : (seen.add(i.file), true)));
  unique.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { inputs: unique, errors };
}

/**
 * The paths listed one per line in `source` (a file, or "-" for `stdin`), as a stream in the order
 * given: not sorted, not de-duplicated, so another tool decides the order and the split into shards.
 * Blank lines are skipped; a trailing CR (a list written on Windows) is dropped.
 */
export async function* readPathList(source: string, stdin: NodeJS.ReadableStream, stop?: AbortSignal): AsyncGenerator<Input> {
  const stream = source === '-' ? stdin : createReadStream(source);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // Stopped before the list's end (the reader went away: | head -1): stop reading it too, or the run would
  // wait for a producer that may never end (tail -f, a long find), even with a read of the list pending.
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    lines.close();
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  };
  if (stop?.aborted) return close();
  stop?.addEventListener('abort', close, { once: true });
  let ended = false;
  try {
    for await (const raw of lines) {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') continue;
      // A file named "-" in a list is that file, not standard input.
      yield line === '-' ? { file: '-', path: './-' } : input(displayPath(line), line);
    }
    ended = true;
  } finally {
    stop?.removeEventListener('abort', close);
    if (!ended) close(); // returned early, between two paths
  }
}
