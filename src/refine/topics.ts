// What a document and each paragraph are about: the names mentioned most, for "the company", "its", "it".
import type { Document } from '../document/index.js';
import { tagKind } from '../engine/tagged.js';
import { defaultGazetteer } from '../names/gazetteer.js';
import type { Mention } from '../recognizers/types.js';

export interface Topics {
  /** The most mentioned organisation of the document (the title counts three times). */
  org: string | null;
  product: string | null;
  /** The product the users of the article belong to: the top product, unless a company is far more present. */
  usersOf: string | null;
  /** The most mentioned country or city. */
  place: string | null;
  /** The most mentioned region ("Southeast Asia"). */
  region: string | null;
}

const memo = new WeakMap<Mention[], Topics>();

/** The topics of a document with these mentions (worked out once: several steps ask). */
export function topics(doc: Document, mentions: Mention[]): Topics {
  let t = memo.get(mentions);
  if (!t) {
    t = findTopics(doc, mentions);
    memo.set(mentions, t);
  }
  return t;
}

function findTopics(doc: Document, mentions: Mention[]): Topics {
  const firstPara = doc.paragraphs[0];
  const weights = new Map<string, number>();
  const tally = (kinds: string[], keep: (m: Mention) => boolean = () => true) => {
    const counts = new Map<string, number>();
    for (const m of mentions) {
      if (!kinds.includes(m.kind) || m.value.kind !== 'entity' || !keep(m)) continue;
      const w = firstPara && m.start < firstPara.end ? 3 : 1;
      counts.set(m.value.name, (counts.get(m.value.name) ?? 0) + w);
    }
    let best: string | null = null;
    let n = 0;
    for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
    if (best) weights.set(`${kinds.join()}:${best}`, n);
    return best;
  };
  const isRegion = (m: Mention) => tagKind(m) === 'region';
  // A country before a city: a dateline ("SEOUL, April 28") names where the story was filed, not its scope.
  const isCountry = (m: Mention) => m.value.kind === 'entity' && defaultGazetteer.lookup(m.value.name)?.category === 'country';
  const place = tally(['place'], isCountry) ?? tally(['place'], (m) => !isRegion(m));
  const org = tally(['org']);
  const product = tally(['product']);
  const wOrg = org ? weights.get(`org:${org}`)! : 0;
  const wProduct = product ? weights.get(`product:${product}`)! : 0;
  const usersOf = product && wProduct * 3 >= wOrg ? product : (org ?? product);
  return { org, product, usersOf, place, region: tally(['place'], isRegion) };
}
