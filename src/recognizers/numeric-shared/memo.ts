// A one-entry memo: the pipeline runs every recognizer on the same text, and the numeric
// recognizers share their scans (the count recognizer asks the others which spans they own).

export interface Memo<T> {
  /** The result for `text`, computed or from the memo (shared: read it, do not change it). */
  (text: string): T;
  /**
   * The result for `text`, handed over to the caller: the memo forgets it, so the caller may change
   * it freely (used by `find`, which gives mentions away without copying them).
   */
  take(text: string): T;
}

/** Memoizes a scan on the last text it saw. */
export function memoLast<T>(fn: (text: string) => T): Memo<T> {
  let lastText: string | null = null;
  let lastResult: T | undefined;
  const get = ((text: string): T => {
    if (lastText !== null && text === lastText) return lastResult as T;
    const r = fn(text);
    lastText = text;
    lastResult = r;
    return r;
  }) as Memo<T>;
  get.take = (text: string): T => {
    const r = lastText !== null && text === lastText ? (lastResult as T) : fn(text);
    lastText = null;
    lastResult = undefined;
    return r;
  };
  return get;
}
