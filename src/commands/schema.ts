// `extract schema`: the JSON Schema of a fact, generated from the zod schema the program validates with.
import { Command } from 'commander';
import type { App } from '../app.js';
import { factJsonSchema } from '../schema.js';

export function schemaCommand(app: App): Command {
  const io = app.io;
  return new Command('schema')
    .description('print the JSON Schema of one fact (generated from the same zod schema that validates output)')
    .addHelpText('after', '\nExample:\n  $ extract schema > fact.schema.json')
    .action(() => {
      io.stdout.write(JSON.stringify(factJsonSchema(), null, 2) + '\n');
    });
}
