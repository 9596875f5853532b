// What a command needs from the process: its streams and a way to set the exit code.
import type { Io } from './io.js';

export interface App {
  io: Io;
  /** Records an exit code; the highest one wins. */
  fail(code: number): void;
  readonly code: number;
}

export function makeApp(io: Io): App {
  let code = 0;
  return {
    io,
    fail(c: number) {
      code = Math.max(code, c);
    },
    get code() {
      return code;
    },
  };
}
