// All keywords of all rules found in one pass over a text (Aho–Corasick), so that the cost of finding
// which rules may match grows with the text, not with the number of rules times the text.
// The automaton is built into a table (state × character class), so the scan does one array read per
// character: with a Map per state it ran at about 16 MB/s, the slowest step of rule matching.
export class KeywordIndex {
  /** Character code → class; 0 for every character no keyword has. */
  private readonly classOf = new Uint16Array(65536);
  private readonly width: number;
  /** delta[state * width + class] → next state, failures already followed. */
  private readonly delta: Int32Array;
  /** Keyword ids ending at each state (its own and those of its failure chain). */
  private readonly out: number[][];

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
    // Breadth-first: failure links resolved into the table, outputs inherited along them.
    const w = this.width;
    const delta = new Int32Array(next.length * w);
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (let c = 0; c < w; c++) {
      const t = next[0]!.get(c);
      if (t !== undefined) {
        delta[c] = t;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (let c = 0; c < w; c++) {
        const t = next[s]!.get(c);
        if (t === undefined) delta[s * w + c] = delta[fail[s]! * w + c]!;
        else {
          fail[t] = delta[fail[s]! * w + c]!;
          out[t] = [...out[t]!, ...out[fail[t]!]!];
          delta[s * w + c] = t;
          queue.push(t);
        }
      }
    }
    this.delta = delta;
    this.out = out;
  }

  /** Calls `hit(id, end)` for every occurrence of every keyword in `lowerText` (already lower case). */
  scan(lowerText: string, hit: (id: number, end: number) => void): void {
    const { classOf, delta, width, out } = this;
    let s = 0;
    for (let i = 0; i < lowerText.length; i++) {
      s = delta[s * width + classOf[lowerText.charCodeAt(i)]!]!;
      const ids = out[s]!;
      for (let j = 0; j < ids.length; j++) hit(ids[j]!, i + 1);
    }
  }
}
