// The command line. `main(argv)` runs nothing at import, so tests call it in-process.
import { Command, CommanderError } from 'commander';
import { makeApp } from './app.js';
import { COMMANDS } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './extraction.js';
import { processIo, type Io } from './io.js';

export const VERSION = '0.1.0';

export function buildProgram(app: ReturnType<typeof makeApp>): Command {
  const io = app.io;
  const program = new Command('extract')
    .description('Read news articles and turn them into typed, checkable facts.')
    .version(VERSION, '-V, --version')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Run without a command, extract reads articles: "extract seeds/" is "extract run seeds/".

Examples:
  $ extract seeds/                                   facts of every article, as a table
  $ extract seeds/ --format json --out facts.json    export for programs
  $ extract eval --gold gold/seeds seeds/            recall, precision and F1 against gold facts
  $ extract schema                                   the JSON Schema of a fact

Exit codes: 0 ok, 1 findings (eval below --min-f1), 2 bad usage or input, 70 internal error.`,
    );
  for (const make of COMMANDS) {
    const cmd = make(app);
    cmd.configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }).exitOverride().showHelpAfterError('(run with --help for usage)');
    program.addCommand(cmd, { isDefault: cmd.name() === 'run' });
  }
  return program;
}

/** Runs the CLI; returns the exit code (and sets process.exitCode when run on the real process). */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const app = makeApp(io);
  // A reader that goes away (`extract --help | head -1`) ends the output quietly.
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const program = buildProgram(app);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') app.fail(EXIT.OK);
      else app.fail(EXIT.INPUT);
    } else if (e instanceof UsageError) {
      io.stderr.write(`extract: ${e.message}\n`);
      app.fail(EXIT.INPUT);
    } else {
      io.stderr.write(`extract: internal error: ${(e as Error).stack ?? e}\n`);
      app.fail(EXIT.INTERNAL);
    }
  }
  if (io.stdout === process.stdout) process.exitCode = app.code;
  return app.code;
}
