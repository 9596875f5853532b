// `extract [paths…]`: print or export the facts of every article.
import { Command, Option } from 'commander';
import { EXIT } from '../exit-codes.js';
import { documentText, extractAll, extractOptions, problems, type CommonOptions } from '../extraction.js';
import { atomicFileSink, streamSink, useColor, type Sink } from '../io.js';
import type { App } from '../app.js';
import { FORMATS, makeReporter, type Format } from '../report/index.js';

interface RunOptions extends CommonOptions {
  format: Format;
  out?: string;
  color?: boolean;
  quiet?: boolean;
}

export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--date <YYYY-MM-DD>', 'reference date for articles without a date header')
    .option('--mentions', 'also emit mention.* facts for values no rule typed')
    .option('--rules <file>', 'add your own rules from a JSON file (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--type <types>', 'keep only these types, comma-separated; "users.*" matches a family')
    .option('--min-confidence <n>', 'keep only facts with at least this confidence (0..1)');
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

Exit codes: 0 ok, 2 bad usage or bad input (the other files are still processed), 70 internal error.`,
  );
  cmd.action(async (paths: string[], o: RunOptions) => {
    const bad = problems(io);
    const options = extractOptions(o, bad);
    const reporter = makeReporter(o.format, { color: useColor(io, o.color) && !o.out, width: io.stdout.columns });
    const sink: Sink = o.out ? atomicFileSink(o.out) : streamSink(io.stdout);
    try {
      await sink.write(reporter.begin());
      for await (const d of extractAll(paths, options, io, bad)) {
        if (sink.closed) break;
        await sink.write(reporter.document(d, documentText.get(d)));
      }
      await sink.write(reporter.end());
      sink.commit();
    } catch (e) {
      sink.abort();
      throw e;
    }
    if (bad.count > 0) app.fail(EXIT.INPUT);
  });
  return cmd;
}
