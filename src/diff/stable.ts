// JSON with object keys sorted at every level, so the same data always gives the same bytes.

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as Record<string, unknown>).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

/** `JSON.stringify` with sorted keys; `indent` spaces per level (0 for one line). */
export function stableStringify(v: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(v), null, indent || undefined);
}
