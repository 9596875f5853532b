// Every fact family's example corpus, for src/facts/facts.test.ts.
import type { FactExample } from './corpus.js';
import { corpus as users } from './users/corpus.js';
import { corpus as valuation } from './valuation/corpus.js';
import { corpus as funding } from './funding/corpus.js';
import { corpus as revenue } from './revenue/corpus.js';
import { corpus as market } from './market/corpus.js';
import { corpus as investment } from './investment/corpus.js';
import { corpus as offices } from './offices/corpus.js';
import { corpus as partnership } from './partnership/corpus.js';
import { corpus as deals } from './deals/corpus.js';
import { corpus as ranking } from './ranking/corpus.js';
import { corpus as launch } from './launch/corpus.js';
import { corpus as people } from './people/corpus.js';
import { corpus as quotes } from './quotes/corpus.js';

export const CORPORA: Record<string, FactExample[]> = { users, valuation, funding, revenue, market, investment, offices, partnership, deals, ranking, launch, people, quotes };
