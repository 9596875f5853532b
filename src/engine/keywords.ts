// All keywords of all rules found in one pass over a text (Aho–Corasick), so that the cost of finding
// which rules may match grows with the text, not with the number of rules times the text.
// The automaton is built into a table (state × character class), so the scan does one array read per
// character: with a Map per state it ran at about 16 MB/s, the slowest step of rule matching. A table
// that would be too large (thousands of distinct characters, as many CJK keywords in a rules file
// give) stays a Map per state with failure links.
const MAX_TABLE = 1 << 22; // entries: 16 MB
export class KeywordIndex {
  /** Character code → class; 0 for every character no keyword has. */
  private readonly classOf = new Uint16Array(65536);
  private readonly width: number;
  /** delta[state * width + class] → next state, failures already followed; null for a sparse automaton. */
  private readonly delta: Int32Array | null;
  /** The trie's own transitions and failure links, for a sparse automaton. */
  private readonly next: Map<number, number>[];
  private readonly fail: Int32Array;
  /** Keyword ids ending at each state (its own and those of its failure chain). */
  private readonly out: number[][];
  /** 1 where a state ends some keyword. */
  private readonly ends: Uint8Array;

  constructor(readonly keywords: string[]) {
    let classes = 1;
    for (const k of keywords) for (let i = 0; i < k.length; i++) if (this.classOf[k.charCodeAt(i)] === 0) this.classOf[k.charCodeAt(i)] = classes++;
    this.width = classes;
    // The trie.
    const next: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((k, id) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = this.classOf[k.charCodeAt(i)]!;
        let t = next[s]!.get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          out.push([]);
          next[s]!.set(c, t);
        }
        s = t;
      }
      out[s]!.push(id);
    });
    // Breadth-first: failure links (resolved into the table when there is one), outputs inherited along them.
    const w = this.width;
    const dense = next.length * w <= MAX_TABLE;
    const delta = dense ? new Int32Array(next.length * w) : null;
    const fail = new Int32Array(next.length);
    const step = (s: number, c: number): number => {
      if (delta) return delta[s * w + c]!;
      for (;;) {
        const t = next[s]!.get(c);
        if (t !== undefined) return t;
        if (s === 0) return 0;
        s = fail[s]!;
      }
    };
    const queue: number[] = [];
    for (const [c, t] of next[0]!) {
      if (delta) delta[c] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      if (delta) for (let c = 0; c < w; c++) if (!next[s]!.has(c)) delta[s * w + c] = delta[fail[s]! * w + c]!;
      for (const [c, t] of next[s]!) {
        fail[t] = step(fail[s]!, c);
        if (fail[t] === t) fail[t] = 0;
        out[t] = [...out[t]!, ...out[fail[t]!]!];
        if (delta) delta[s * w + c] = t;
        queue.push(t);
      }
    }
    this.delta = delta;
    this.next = next;
    this.fail = fail;
    this.out = out;
    this.ends = Uint8Array.from(out, (ids) => (ids.length ? 1 : 0));
  }

  /** Calls `hit(id, end)` for every occurrence of every keyword in `lowerText` (already lower case). */
  scan(lowerText: string, hit: (id: number, end: number) => void): void {
    const { classOf, delta, width, out, next, fail } = this;
    if (!delta) {
      let s = 0;
      for (let i = 0; i < lowerText.length; i++) {
        const c = classOf[lowerText.charCodeAt(i)]!;
        for (;;) {
          const t = next[s]!.get(c);
          if (t !== undefined) {
            s = t;
            break;
          }
          if (s === 0) break;
          s = fail[s]!;
        }
        const ids = out[s]!;
        for (let j = 0; j < ids.length; j++) hit(ids[j]!, i + 1);
      }
      return;
    }
    // Most states end no keyword: one byte read tells, before the list of keywords is looked at.
    const ends = this.ends;
    let s = 0;
    for (let i = 0; i < lowerText.length; i++) {
      s = delta[s * width + classOf[lowerText.charCodeAt(i)]!]!;
      if (ends[s] === 1) {
        const ids = out[s]!;
        for (let j = 0; j < ids.length; j++) hit(ids[j]!, i + 1);
      }
    }
  }
}
