// `extract [paths…]`: print or export the facts of every article.
import { Command, Option } from 'commander';
import { EXIT } from '../exit-codes.js';
import { DEFAULT_MAX_MB, defaultJobs, documentText, extractAll, extractOptions, problems, UsageError, type CommonOptions, type Problems, type RunControl } from '../extraction.js';
import { atomicFileSink, streamSink, useColor, type Io, type Sink } from '../io.js';
import type { App } from '../app.js';
import { Progress } from '../progress.js';
import { FORMATS, makeReporter, type Format } from '../report/index.js';

interface RunOptions extends CommonOptions, ScaleOptions {
  format: Format;
  out?: string;
  color?: boolean;
  quiet?: boolean;
}

export interface ScaleOptions {
  jobs?: string;
  filesFrom?: string;
}

/** --jobs and --files-from (run and eval). */
export function addScaleOptions(cmd: Command): Command {
  return cmd
    .option('-j, --jobs <n>', 'extract on this many threads (the main one and n - 1 workers); the output is the same for any n (default: the number of cores)')
    .option('--files-from <file>', 'also extract the files listed in this file, one path per line, in that order ("-": standard input)');
}

/** The paths to expand: none when only --files-from was given (not the default seeds/). */
export function givenPaths(paths: string[], o: ScaleOptions, cmd: Command): string[] {
  return o.filesFrom !== undefined && cmd.args.length === 0 ? [] : paths;
}

/** How to run the extraction for --jobs and --files-from; a bad --jobs is a usage error. */
export function runControl(o: CommonOptions & ScaleOptions): RunControl {
  let jobs = defaultJobs();
  if (o.jobs !== undefined) {
    jobs = Number(o.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 1024) throw new UsageError(`--jobs must be a whole number from 1 to 1024, got "${o.jobs}"`);
  }
  return { jobs, workerOptions: o, filesFrom: o.filesFrom };
}

/** A progress line on stderr when it is a terminal (and not --quiet); problems clear it first. */
function progressFor(io: Io, quiet: boolean | undefined, bad: Problems): Progress | null {
  const err = io.stderr as Io['stderr'] & { columns?: number };
  if (quiet || !err.isTTY) return null;
  const progress = new Progress({ write: (s) => err.write(s), get columns() { return err.columns; } });
  const report = bad.report;
  bad.report = (m) => {
    progress.clear();
    report(m);
  };
  return progress;
}

export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--date <YYYY-MM-DD>', 'reference date for articles without a date header')
    .option('--mentions', 'also emit mention.* facts for values no rule typed')
    .option('--rules <file>', 'add your own rules from a JSON file (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--aliases <file>', 'add names and their aliases (organisations, people, places, products) from a JSON file (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--type <types>', 'keep only these types, comma-separated; "users.*" matches a family')
    .option('--min-confidence <n>', 'keep only facts with at least this confidence (0..1)')
    .option('--max-size <MB>', `skip, with an error, an input larger than this (a document is held whole in memory) (default: ${DEFAULT_MAX_MB})`);
}

export function runCommand(app: App): Command {
  const io = app.io;
  const cmd = new Command('run')
    .description('extract typed facts from articles (files, directories, globs, or - for stdin)')
    .argument('[paths...]', 'files, directories (searched for *.txt and *.md), glob patterns, or -', ['seeds/'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no progress on stderr');
  addCommonOptions(cmd);
  addScaleOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ extract seeds/                              a table of the facts of every article
  $ extract seeds/ --format json --out facts.json
  $ extract 'news/**/*.txt' --type valuation,funding.* --format csv
  $ cat article.txt | extract - --date 2025-04-02 --format ndjson
  $ extract seeds/ --mentions                   also numbers, money, dates and names no rule typed
  $ extract seeds/ --rules my-rules.json        add your own pattern rules (see README)
  $ find archive -name '*.txt' | extract --files-from - --format ndjson > facts.ndjson
  $ extract archive/ --jobs 4 --format ndjson   on four threads; the same output as --jobs 1

Exit codes: 0 ok, 2 bad usage or bad input (the other files are still processed), 70 internal error.`,
  );
  cmd.action(async (paths: string[], o: RunOptions, command: Command) => {
    const bad = problems(io);
    const options = extractOptions(o, bad);
    const control = runControl(o);
    const reporter = makeReporter(o.format, { color: useColor(io, o.color) && !o.out, width: io.stdout.columns });
    const progress = progressFor(io, o.quiet, bad);
    if (progress) {
      control.onTotal = (n) => progress.setTotal(n);
      control.onOutcome = (r) => progress.add(r.bytes, r.facts);
    }
    // Output on the same terminal as the progress line: erase the line first.
    const sameTerminal = progress !== null && !o.out && Boolean(io.stdout.isTTY);
    const sink: Sink = o.out ? atomicFileSink(o.out) : streamSink(io.stdout);
    const write = (chunk: string) => {
      if (sameTerminal && chunk) progress.clear();
      return sink.write(chunk);
    };
    control.keepText = o.format === 'html';
    try {
      await write(reporter.begin());
      for await (const d of extractAll(givenPaths(paths, o, command), options, io, bad, control)) {
        if (sink.closed) break;
        await write(reporter.document(d, documentText.get(d)));
      }
      progress?.done();
      await write(reporter.end());
      sink.commit();
    } catch (e) {
      progress?.done();
      sink.abort();
      throw e;
    }
    if (bad.count > 0) app.fail(EXIT.INPUT);
  });
  return cmd;
}
