// Exit codes, as documented in the README.
export const EXIT = {
  OK: 0,
  /** A check found what it was asked to look for: a difference, a conflict, a score below the bar. */
  FINDINGS: 1,
  /** Bad usage or bad input: an unknown option, a missing path, an unreadable, binary or empty file, a bad rules file. */
  INPUT: 2,
  /** A bug: an unexpected internal error. */
  INTERNAL: 70,
} as const;
