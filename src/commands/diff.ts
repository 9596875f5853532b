// `extract diff A B` and `extract diff DIR…`: where sources agree, where they contradict each other,
// and what only one of them says.
import { Command, Option } from 'commander';
import type { App } from '../app.js';
import { compareByDocument, comparePair, compareMany, type ManyStatus, type PairStatus, type Statement } from '../diff/compare.js';
import { loadInputs, type LoadedInput } from '../diff/load.js';
import { DIFF_FORMATS, renderMany, renderPair, type DiffFormat, type ManyReport, type PairReport } from '../diff/render.js';
import { FAIL_ON_MANY, FAIL_ON_PAIR, manyStatuses, pairStatuses } from '../diff/status.js';
import { EXIT } from '../exit-codes.js';
import { extractOptions, problems, UsageError, type CommonOptions } from '../extraction.js';
import { atomicFileSink, streamSink, useColor, type Sink } from '../io.js';
import type { DocumentResult } from '../schema.js';
import { addCommonOptions } from './run.js';

interface DiffOptions extends CommonOptions {
  format: DiffFormat;
  failOn?: string;
  only?: string;
  mode: 'auto' | 'pair' | 'many';
  exact?: boolean;
  out?: string;
  color?: boolean;
}

function allFacts(docs: DocumentResult[]) {
  return docs.flatMap((d) => d.facts);
}

/** Two sides compare document by document when they hold the same documents (two exports of one folder). */
function sharesDocuments(a: DocumentResult[], b: DocumentResult[]): boolean {
  const files = new Set(a.map((d) => d.file));
  return b.some((d) => files.has(d.file));
}

export function pairReport(a: LoadedInput, b: LoadedInput, exact: boolean): PairReport {
  if (sharesDocuments(a.documents, b.documents)) {
    const c = compareByDocument(a.documents, b.documents, { exact });
    return { mode: 'pair', a: a.arg, b: b.arg, byDocument: true, rows: c.rows, documentsOnlyInA: c.documentsOnlyInA, documentsOnlyInB: c.documentsOnlyInB };
  }
  return { mode: 'pair', a: a.arg, b: b.arg, byDocument: false, rows: comparePair(allFacts(a.documents), allFacts(b.documents), { exact }), documentsOnlyInA: [], documentsOnlyInB: [] };
}

export function manyReport(inputs: LoadedInput[], exact: boolean): ManyReport {
  const statements: Statement[] = [];
  const sources: string[] = [];
  const taken = new Set<string>();
  /** The next free `#n` of each label (copies of one export would otherwise search from #2 each time). */
  const nextCopy = new Map<string, number>();
  for (const input of inputs)
    for (const d of input.documents) {
      let label = d.file;
      if (taken.has(label)) label = `${input.arg}:${d.file}`;
      if (taken.has(label)) {
        const base = label;
        let n = nextCopy.get(base) ?? 2;
        while (taken.has(`${base}#${n}`)) n++;
        label = `${base}#${n}`;
        nextCopy.set(base, n + 1);
      }
      taken.add(label);
      sources.push(label);
      for (const fact of d.facts) statements.push({ fact, source: label });
    }
  return { mode: 'many', sources, rows: compareMany(statements, { exact }) };
}

async function emit(text: string, out: string | undefined, app: App): Promise<void> {
  const sink: Sink = out ? atomicFileSink(out) : streamSink(app.io.stdout);
  try {
    await sink.write(text);
    sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
}

export function diffCommand(app: App): Command {
  const io = app.io;
  const cmd = new Command('diff')
    .description('compare facts across articles or exports: where sources agree, contradict each other, or say something alone')
    .argument('<paths...>', 'two sides A B (articles or JSON/NDJSON exports), or directories, globs and files whose documents are each a source')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('table'))
    .option('--fail-on <statuses>', 'exit 1 when any fact has one of these statuses, comma-separated: conflict (= changed), added, removed; across many sources also single')
    .option('--only <statuses>', 'show only these statuses: same, changed, added, removed (two sides); agree, conflict, single (many sources)')
    .addOption(new Option('--mode <mode>', 'pair: compare two sides; many: every document is a source; auto: pair for two files, else many').choices(['auto', 'pair', 'many']).default('auto'))
    .option('--exact', 'values must be identical (hedges and qualifiers included), not merely agree')
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)');
  addCommonOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Facts match by a key: type, canonical subject and object, scope, time period where present, and the
qualifiers that change what is counted (new, region, period, forecast, a rank's "of"). Values agree when
one is a hedged or rounded form of the other: "more than 1.25 million" agrees with 1,252,925.

Two sides (two files): each fact is same, changed (a conflict: both values and both evidences), only in A
or only in B. When both sides hold the same documents (two exports of one folder), documents are matched
by file. Many sources (a directory, several files): one row per fact with the value each source gives,
whether they agree, and the sources on each side of a conflict.

Examples:
  $ extract diff report-a.txt report-b.txt                 two reports of the same story
  $ extract diff seeds/                                    every article of a folder against the others
  $ extract diff articles/ --fail-on conflict              CI: fail when sources contradict each other
  $ extract diff old.json new.json --only changed,added    what changed between two exports
  $ extract diff articles/ --format csv --out diff.csv

Exit codes: 0 ok, 1 a fact has a --fail-on status, 2 bad usage or input.`,
  );
  cmd.action(async (paths: string[], o: DiffOptions) => {
    const bad = problems(io);
    const options = extractOptions(o, bad);
    const mode = o.mode === 'auto' ? 'auto' : o.mode;
    if (mode === 'pair' && paths.length !== 2) throw new UsageError(`--mode pair compares two sides: give exactly two paths, got ${paths.length}`);
    // Unknown status words are a usage error before any article is read.
    const known = ['same', 'agree', 'changed', 'conflict', 'added', 'removed', 'only_in_a', 'only_in_b', 'single'];
    for (const [flag, list] of [['--fail-on', o.failOn], ['--only', o.only]] as const) {
      for (const w of (list ?? '').split(',').map((x) => x.trim().toLowerCase().replace(/-/g, '_')).filter(Boolean)) {
        if (!known.includes(w)) throw new UsageError(`${flag}: unknown status "${w}" (use ${flag === '--fail-on' ? 'conflict, changed, added, removed or single' : known.join(', ')})`);
      }
    }
    const inputs = await loadInputs(paths, options, io, bad);
    const pair = mode === 'pair' || (mode === 'auto' && inputs.length === 2 && inputs.every((i) => i.single));
    const render = { color: useColor(io, o.color) && !o.out, width: io.stdout.columns };
    let failed = 0;
    let failWords = '';
    if (pair) {
      const fail = o.failOn !== undefined ? pairStatuses(o.failOn, '--fail-on', FAIL_ON_PAIR) : new Set<PairStatus>();
      const only = o.only !== undefined ? pairStatuses(o.only, '--only') : new Set<PairStatus>(['same', 'changed', 'only_in_a', 'only_in_b']);
      const report = pairReport(inputs[0]!, inputs[1]!, Boolean(o.exact));
      await emit(renderPair(report, o.format, render, only), o.out, app);
      failed = report.rows.filter((r) => fail.has(r.status)).length;
      failWords = [...fail].map((s) => (s === 'only_in_a' ? 'removed' : s === 'only_in_b' ? 'added' : s)).join(', ');
    } else {
      const fail = o.failOn !== undefined ? manyStatuses(o.failOn, '--fail-on', FAIL_ON_MANY) : new Set<ManyStatus>();
      const only = o.only !== undefined ? manyStatuses(o.only, '--only') : new Set<ManyStatus>(['agree', 'conflict', 'single']);
      const report = manyReport(inputs, Boolean(o.exact));
      if (report.sources.length === 0 && bad.count === 0) throw new UsageError('nothing to compare: no documents were read');
      await emit(renderMany(report, o.format, render, only), o.out, app);
      failed = report.rows.filter((r) => fail.has(r.status)).length;
      failWords = [...fail].join(', ');
    }
    if (bad.count > 0) app.fail(EXIT.INPUT);
    if (failed > 0) {
      io.stderr.write(`extract: ${failed} ${failed === 1 ? 'fact' : 'facts'} with status ${failWords} (--fail-on ${o.failOn})\n`);
      app.fail(EXIT.FINDINGS);
    }
  });
  return cmd;
}
