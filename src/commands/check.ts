// `extract check --baseline facts.lock.json [paths…]`: the extraction against a committed baseline,
// exit 1 on any difference; `--update` rewrites the baseline.
import { existsSync, readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { App } from '../app.js';
import { baselineText, normaliseDocuments, readBaseline } from '../diff/baseline.js';
import { compareByDocument, type PairStatus } from '../diff/compare.js';
import { filterFacts } from '../diff/load.js';
import { DIFF_FORMATS, renderPair, type DiffFormat, type PairReport } from '../diff/render.js';
import { EXIT } from '../exit-codes.js';
import { extractAll, extractOptions, problems, UsageError, type CommonOptions } from '../extraction.js';
import { streamSink, useColor, writeFileAtomic } from '../io.js';
import type { DocumentResult } from '../schema.js';
import { addCommonOptions } from './run.js';

interface CheckOptions extends CommonOptions {
  baseline: string;
  update?: boolean;
  format: DiffFormat;
  color?: boolean;
}

const DIFFERENCES = new Set<PairStatus>(['changed', 'only_in_a', 'only_in_b']);

const quoteArg = (s: string) => (/^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export function checkCommand(app: App): Command {
  const io = app.io;
  const cmd = new Command('check')
    .description('compare the facts of articles with a committed baseline; exit 1 on any difference')
    .argument('[paths...]', 'articles to check (default: the documents the baseline lists)')
    .requiredOption('-b, --baseline <file>', 'the baseline, e.g. facts.lock.json (stable JSON, commit it)')
    .option('-u, --update', 'write the current facts to the baseline (atomically) instead of comparing')
    .addOption(new Option('-f, --format <format>', 'how to print the differences').choices(DIFF_FORMATS).default('table'))
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)');
  addCommonOptions(cmd);
  cmd.addHelpText(
    'after',
    `
A fact differs when its value or qualifiers change, or when it appears or disappears; facts are matched
within each document by the key "extract diff" uses, so a fact that only moved in the text is not a
difference. Run the command from the same directory each time: paths are stored as given.

Examples:
  $ extract check --baseline facts.lock.json --update articles/    write the baseline, then commit it
  $ extract check --baseline facts.lock.json articles/             CI: exit 1 when a fact changed
  $ extract check --baseline facts.lock.json                       re-check the documents it lists
  $ extract check --baseline facts.lock.json articles/ --format json

Exit codes: 0 no difference (or baseline written), 1 a difference, 2 bad usage or input (a missing,
invalid or unreadable baseline included).`,
  );
  cmd.action(async (given: string[], o: CheckOptions) => {
    const bad = problems(io);
    const options = extractOptions(o, bad);
    const cwd = process.cwd();
    // --update with paths never needs the old baseline, so it can replace a broken one.
    const baseline = o.update && (given.length > 0 || !existsSync(o.baseline)) ? null : readBaseline(o.baseline);
    if (baseline === null && !o.update) {
      const args = given.length ? given.map(quoteArg).join(' ') : '<articles>';
      throw new UsageError(`baseline ${o.baseline} does not exist; create it with: extract check --baseline ${quoteArg(o.baseline)} --update ${args}`);
    }
    let paths = given;
    if (paths.length === 0) {
      paths = (baseline ?? []).map((d) => d.file).filter((f) => f !== '-');
      if (paths.length === 0) throw new UsageError(baseline ? `baseline ${o.baseline} lists no documents: give the articles to check` : 'give the articles to check');
    }
    const current: DocumentResult[] = [];
    for await (const d of extractAll(paths, options, io, bad)) current.push(d);
    const now = normaliseDocuments(current, cwd);

    if (o.update) {
      if (bad.count > 0) {
        io.stderr.write(`extract: baseline ${o.baseline} not written: fix the input problems above first\n`);
        app.fail(EXIT.INPUT);
        return;
      }
      const text = baselineText(now, cwd);
      const before = existsSync(o.baseline) ? readFileSync(o.baseline, 'utf8') : null;
      if (before !== text) writeFileAtomic(o.baseline, text);
      const facts = now.reduce((n, d) => n + d.facts.length, 0);
      io.stderr.write(`extract: ${before === null ? 'wrote' : before === text ? 'unchanged' : 'updated'} ${o.baseline}: ${facts} facts in ${now.length} documents\n`);
      return;
    }

    const base = normaliseDocuments(filterFacts(baseline!, options), cwd);
    const c = compareByDocument(base, now, { exact: true });
    const report: PairReport = {
      mode: 'pair',
      a: `baseline ${o.baseline}`,
      b: 'current',
      byDocument: true,
      rows: c.rows,
      documentsOnlyInA: c.documentsOnlyInA,
      documentsOnlyInB: c.documentsOnlyInB,
      words: { onlyInA: 'removed', onlyInB: 'added' },
    };
    // A document added or removed counts once: by its facts, or as itself when it has none.
    const differing = c.rows.filter((r) => DIFFERENCES.has(r.status));
    const withFacts = new Set(differing.map((r) => r.file));
    const differences = differing.length + [...c.documentsOnlyInA, ...c.documentsOnlyInB].filter((d) => !withFacts.has(d)).length;
    const sink = streamSink(io.stdout);
    if (differences === 0 && o.format === 'table') {
      const facts = now.reduce((n, d) => n + d.facts.length, 0);
      await sink.write(`no difference from ${o.baseline}: ${facts} facts in ${now.length} documents\n`);
    } else {
      await sink.write(renderPair(report, o.format, { color: useColor(io, o.color), width: io.stdout.columns }, DIFFERENCES));
    }
    if (bad.count > 0) app.fail(EXIT.INPUT);
    if (differences > 0) {
      io.stderr.write(`extract: ${differences} ${differences === 1 ? 'difference' : 'differences'} from baseline ${o.baseline}; if intended, run again with --update and commit the baseline\n`);
      app.fail(EXIT.FINDINGS);
    }
  });
  return cmd;
}
