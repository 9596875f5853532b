// Expands the user's paths (files, directories, globs, "-") to a sorted, de-duplicated list of inputs.
import { stat } from 'node:fs/promises';
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
        const found = await fg(displayPath(given), { ignore: IGNORE, onlyFiles: true, dot: false });
        if (found.length === 0) errors.push(`${given}: no files match this pattern`);
        for (const f of found.sort()) inputs.push({ file: displayPath(f), path: f });
      } else {
        errors.push(`${given}: no such file or directory`);
      }
      continue;
    }
    if (info.isDirectory()) {
      const base = displayPath(given).replace(/\/$/, '');
      const found = await fg(`**/*.{${EXTENSIONS.join(',')}}`, { cwd: given, ignore: IGNORE, onlyFiles: true, dot: false });
      if (found.length === 0) errors.push(`${given}: directory has no .txt or .md files`);
      for (const f of found.sort()) inputs.push({ file: base === '' || base === '.' ? f : `${base}/${f}`, path: `${given.replace(/[\\/]$/, '')}/${f}` });
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
