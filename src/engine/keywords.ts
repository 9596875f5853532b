// All keywords of all rules found in one pass over a text (Aho–Corasick), so that the cost of finding
// which rules may match grows with the text, not with the number of rules times the text.
export class KeywordIndex {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Keyword ids ending at each state (its own and those of its failure chain). */
  private readonly out: number[][] = [[]];

  constructor(readonly keywords: string[]) {
    keywords.forEach((k, id) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[s]!.set(c, t);
        }
        s = t;
      }
      this.out[s]!.push(id);
    });
    // Breadth-first: failure links and inherited outputs.
    const queue: number[] = [...this.next[0]!.values()];
    while (queue.length) {
      const s = queue.shift()!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        this.out[t] = [...this.out[t]!, ...this.out[this.fail[t]!]!];
        queue.push(t);
      }
    }
  }

  /** Calls `hit(id, end)` for every occurrence of every keyword in `lowerText` (already lower case). */
  scan(lowerText: string, hit: (id: number, end: number) => void): void {
    let s = 0;
    for (let i = 0; i < lowerText.length; i++) {
      const c = lowerText.charCodeAt(i);
      let t = this.next[s]!.get(c);
      while (t === undefined && s !== 0) {
        s = this.fail[s]!;
        t = this.next[s]!.get(c);
      }
      s = t ?? 0;
      const ids = this.out[s]!;
      for (let j = 0; j < ids.length; j++) hit(ids[j]!, i + 1);
    }
  }
}
