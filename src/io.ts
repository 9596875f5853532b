// Where output goes: stdout (stopping quietly when the reader closes it) or a file written atomically.
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

export interface Sink {
  write(chunk: string): Promise<void>;
  /** True once the reader has gone away (EPIPE): stop producing output. */
  readonly closed: boolean;
  /** Finishes the output; for a file, renames the temporary file into place. */
  commit(): void;
  /** Drops the output; for a file, removes the temporary file. */
  abort(): void;
}

export function streamSink(stream: NodeJS.WritableStream): Sink {
  let closed = false;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  };
  stream.on('error', onError);
  return {
    get closed() {
      return closed;
    },
    write(chunk: string) {
      if (closed || chunk === '') return Promise.resolve();
      return new Promise<void>((resolve) => {
        const ok = stream.write(chunk, () => resolve());
        if (!ok) stream.once('drain', () => resolve());
      });
    },
    commit() {},
    abort() {},
  };
}

/** Writes to a temporary file beside `path` and renames it into place on commit, so no half file is left. */
export function atomicFileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  const cleanup = () => {
    if (open) {
      closeSync(fd);
      open = false;
    }
  };
  return {
    closed: false,
    write(chunk: string) {
      writeSync(fd, chunk);
      return Promise.resolve();
    },
    commit() {
      cleanup();
      renameSync(tmp, path);
    },
    abort() {
      cleanup();
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    },
  };
}

export function writeFileAtomic(path: string, content: string): void {
  const s = atomicFileSink(path);
  try {
    void s.write(content);
    s.commit();
  } catch (e) {
    s.abort();
    throw e;
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Colour only on a terminal, never with NO_COLOR, --no-color or FORCE_COLOR=0. */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR === '0') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}
