// `extract eval --gold DIR [paths…]`: recall, precision and F1 against gold facts (gold/FORMAT.md).
import { Command, Option } from 'commander';
import type { App } from '../app.js';
import { readGoldDir, score, summaryLine, type PredFact } from '../eval/score.js';
import { EXIT } from '../exit-codes.js';
import { extractAll, extractOptions, problems, UsageError, type CommonOptions } from '../extraction.js';
import { addCommonOptions, addScaleOptions, givenPaths, runControl, type ScaleOptions } from './run.js';

interface EvalOptions extends CommonOptions, ScaleOptions {
  gold?: string;
  minF1?: string;
  format: 'table' | 'json';
  list: boolean;
}

const DEFAULT_PATHS = 'seeds/';
const DEFAULT_GOLD = 'gold/seeds';
const pct = (n: number) => n.toFixed(3);

export function evalCommand(app: App): Command {
  const io = app.io;
  const cmd = new Command('eval')
    .description('score the extraction against gold facts: recall, precision and F1 per type and overall')
    .argument('[paths...]', 'the articles the gold files annotate (default: seeds/, with --gold gold/seeds)')
    .option('-g, --gold <dir>', 'directory of gold files (one JSON file per article, see gold/FORMAT.md); required with paths')
    .option('--min-f1 <n>', 'exit 1 when the overall F1 is below this bar (for CI)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--no-list', 'do not list the missed and spurious facts');
  addCommonOptions(cmd);
  addScaleOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ extract eval                                         the seed articles against gold/seeds
  $ extract eval --gold gold/seeds seeds/
  $ extract eval --gold fixtures/gold fixtures/articles --min-f1 0.9     fail CI below the bar
  $ extract eval --gold gold/seeds seeds/ --format json | jq .f1

The figures are those of shared/tools/score.mjs run on a JSON export of the same articles.
Exit codes: 0 ok, 1 F1 below --min-f1, 2 bad usage or input.`,
  );
  cmd.action(async (paths: string[], o: EvalOptions, command: Command) => {
    const bad = problems(io);
    let bar: number | undefined;
    if (o.minF1 !== undefined) {
      bar = Number(o.minF1);
      if (!Number.isFinite(bar) || bar < 0 || bar > 1) throw new UsageError(`--min-f1 must be a number from 0 to 1, got "${o.minF1}"`);
    }
    // The seeds and their gold ship together, so either both are defaulted or the gold is named.
    if (o.gold === undefined && (paths.length > 0 || o.filesFrom !== undefined))
      throw new UsageError('--gold DIR is required with paths or --files-from: the directory of those articles\' gold files');
    const goldDir = o.gold ?? DEFAULT_GOLD;
    if (paths.length === 0 && o.filesFrom === undefined) paths = [DEFAULT_PATHS];
    let gold;
    try {
      gold = readGoldDir(goldDir);
    } catch (e) {
      throw new UsageError(`--gold ${goldDir}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (e as Error).message}`);
    }
    if (gold.length === 0) throw new UsageError(`--gold ${goldDir}: no .json gold files`);
    const options = extractOptions(o, bad);
    const control = runControl(o);
    const facts: PredFact[] = [];
    for await (const d of extractAll(givenPaths(paths, o, command), options, io, bad, control)) for (const f of d.facts) facts.push(f);
    const s = score(facts, gold);
    if (o.format === 'json') {
      io.stdout.write(JSON.stringify({ recall: s.recall, lenientRecall: s.lenientRecall, precision: s.precision, f1: s.f1, gold: s.gold, typedPred: s.typedPred, matched: s.strict, perType: s.perType, misses: s.misses, spurious: s.spurious }, null, 2) + '\n');
    } else {
      const rows = [['type', 'gold', 'found', 'predicted', 'recall', 'precision', 'F1']];
      for (const [type, r] of Object.entries(s.perType).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const rec = r.gold ? r.strict / r.gold : NaN;
        const prec = r.pred ? r.strict / r.pred : NaN;
        const f = rec + prec ? (2 * rec * prec) / (rec + prec) : 0;
        rows.push([type, String(r.gold), String(r.strict), String(r.pred), r.gold ? pct(rec) : '-', r.pred ? pct(prec) : '-', r.gold && r.pred ? pct(f) : '-']);
      }
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
      const lines = rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
      if (o.list) {
        for (const m of s.misses) lines.push('MISS  ' + m);
        for (const x of s.spurious) lines.push('EXTRA ' + x);
      }
      lines.push(summaryLine(s));
      io.stdout.write(lines.join('\n') + '\n');
    }
    if (bad.count > 0) app.fail(EXIT.INPUT);
    if (bar !== undefined && s.f1 < bar) {
      io.stderr.write(`extract: F1 ${pct(s.f1)} is below the bar ${bar}\n`);
      app.fail(EXIT.FINDINGS);
    }
  });
  return cmd;
}
