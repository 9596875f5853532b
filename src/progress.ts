// A progress line on stderr (only on a terminal, never with --quiet): files, bytes, facts and
// throughput, redrawn at most ten times a second and cleared before anything else is written.

export interface ProgressState {
  files: number;
  /** Total inputs when known (not when paths are streamed from --files-from). */
  total?: number;
  bytes: number;
  facts: number;
  /** Milliseconds since the start. */
  elapsed: number;
}

const BAR = 20;

function size(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * One line of progress, at most `width` columns: a bar when the total is known, then counts, rates and
 * time. On a narrow terminal the least useful parts go first (facts/s, files/s, then the time).
 */
export function renderProgress(s: ProgressState, width = 80): string {
  const secs = s.elapsed / 1000;
  const rate = (n: number) => (secs > 0 ? n / secs : 0);
  // [text, priority]: the lower the number, the longer it stays.
  const parts: [string, number][] = [];
  if (s.total !== undefined && s.total > 0) {
    const f = Math.min(1, s.files / s.total);
    const full = Math.round(f * BAR);
    parts.push([`[${'#'.repeat(full)}${'-'.repeat(BAR - full)}] ${String(Math.floor(f * 100)).padStart(3)}%`, 5]);
    parts.push([`${int(s.files)}/${int(s.total)} files`, 0]);
  } else parts.push([`${int(s.files)} files`, 0]);
  parts.push([size(s.bytes), 1], [`${int(s.facts)} facts`, 2], [`${(rate(s.bytes) / 1e6).toFixed(1)} MB/s`, 3]);
  parts.push([`${int(rate(s.files))} files/s`, 7], [`${int(rate(s.facts))} facts/s`, 8]);
  let time = clock(s.elapsed);
  if (s.total !== undefined && s.files > 0 && s.files < s.total) time += ` eta ${clock((s.elapsed / s.files) * (s.total - s.files))}`;
  parts.push([time, 6]);
  let shown = parts;
  const line = () => shown.map(([t]) => t).join('  ');
  for (let p = 8; p > 0 && line().length > width; p--) shown = shown.filter(([, q]) => q < p);
  const out = line();
  return out.length > width ? out.slice(0, Math.max(0, width - 1)) + '…' : out;
}

export interface ProgressStream {
  write(s: string): unknown;
  columns?: number;
}

/** Draws progress on a terminal stream; `now` is injectable for tests. */
export class Progress {
  private state: ProgressState = { files: 0, bytes: 0, facts: 0, elapsed: 0 };
  private readonly start: number;
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
    private readonly interval = 100,
  ) {
    this.start = now();
  }

  setTotal(total: number): void {
    this.state.total = total;
    this.draw(true);
  }

  /** Counts one input; redraws if the last draw is older than the interval. */
  add(bytes: number, facts: number): void {
    this.state.files++;
    this.state.bytes += bytes;
    this.state.facts += facts;
    this.draw(false);
  }

  private draw(force: boolean): void {
    const t = this.now();
    if (!force && t - this.last < this.interval) return;
    this.last = t;
    this.state.elapsed = t - this.start;
    // A terminal of unknown size reports 0 columns.
    this.stream.write(`\r${renderProgress(this.state, Math.max(20, (this.stream.columns || 80) - 1))}\x1b[K`);
    this.shown = true;
  }

  /** Erases the line (before other output on the same terminal); the next update draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  /** The final state, then the line erased. */
  done(): ProgressState {
    this.state.elapsed = this.now() - this.start;
    this.clear();
    return { ...this.state };
  }
}
