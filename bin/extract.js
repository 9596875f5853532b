#!/usr/bin/env node
// Runs the command line from the TypeScript sources with no build step: from a bundle of them built
// by esbuild and cached (bin/bundle.js), else through the tsx loader (EXTRACT_BUNDLE=0 forces that).
import { bundleOf } from './bundle.js';

const bundle = bundleOf('cli');
let main;
if (bundle) ({ main } = await import(bundle.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
await main(process.argv);
