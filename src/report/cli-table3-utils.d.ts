// The part of cli-table3's internal helpers that src/report/table-speed.ts replaces.
declare module 'cli-table3/src/utils.js' {
  const utils: {
    truncate: (str: unknown, desiredLength: number, truncateChar?: string) => string;
    strlen: (str: unknown) => number;
    pad: (str: string, len: number, pad: string, dir: string) => string;
  };
  export default utils;
}
