// The part of cli-table3's internal helpers that src/report/table-speed.ts replaces.
declare module 'cli-table3/src/utils.js' {
  const utils: { truncate: (str: unknown, desiredLength: number, truncateChar?: string) => string };
  export default utils;
}
