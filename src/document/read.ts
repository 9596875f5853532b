// Reading one input to text, with a clear reason when it cannot be read as an article.
import { readFile, stat } from 'node:fs/promises';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export interface ReadResult {
  text: string;
  /** Problems that did not stop the file (e.g. invalid UTF-8 decoded with replacement characters). */
  warnings: string[];
}

const SNIFF = 8192;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes bytes as UTF-8, keeping a BOM in the text so offsets index the file as any reader sees it. */
export function decode(file: string, bytes: Uint8Array): ReadResult {
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) throw new InputError(file, 'binary file (NUL byte in the first 8 KB), skipped');
  if (bytes.length === 0) throw new InputError(file, 'empty file, skipped');
  try {
    return { text: strictUtf8.decode(bytes), warnings: [] };
  } catch {
    return {
      text: lenientUtf8.decode(bytes),
      warnings: [`${file}: not valid UTF-8; decoded with replacement characters (U+FFFD)`],
    };
  }
}

const mb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB` : `${n.toLocaleString('en-US')} bytes`);

/** The error for an input over --max-size. */
export function tooLarge(file: string, bytes: number, maxBytes: number): InputError {
  return new InputError(file, `${mb(bytes)}, over --max-size ${mb(maxBytes)} (a document is held whole in memory); split it or raise --max-size, skipped`);
}

export async function readInput(file: string, path: string, maxBytes = Infinity): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    // Measured before it is read: a file too large to extract is not read into memory either.
    if (maxBytes !== Infinity) {
      const s = await stat(path);
      if (s.isFile() && s.size > maxBytes) throw tooLarge(file, s.size, maxBytes);
    }
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' :
      code === 'EISDIR' ? 'is a directory, cannot be read as a file' :
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
      code === 'ELOOP' ? 'cannot be read (symbolic link loop)' :
      `cannot be read (${code ?? (e as Error).message})`;
    throw new InputError(file, reason);
  }
  const r = decode(file, bytes);
  if (r.text.trim() === '') throw new InputError(file, 'empty file (only whitespace), skipped');
  return r;
}
