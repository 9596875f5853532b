#!/usr/bin/env -S node --single-threaded-gc --no-regexp-tier-up
// Runs the command line from the TypeScript sources with no build step: from a bundle of them built
// by esbuild and cached (bin/bundle.js), else through the tsx loader (EXTRACT_BUNDLE=0 forces that).
// The V8 options on the first line (env -S passes them to node) can only be given at start-up:
// - --single-threaded-gc: with --jobs 2 on two cores, each thread's collector helpers took the other
//   thread's core; on 1,500 articles (30 MB) --jobs 2 took 10.4 s instead of 12.3 s, with less memory,
//   and --jobs 1 was no slower (14.1 s, 14.9 s before).
// - --no-regexp-tier-up: see src/parallel/v8-tuning.ts (set by ./v8-flags.js, first of all, when not given here).
// `node bin/extract.js` runs without them (where env has no -S, as in BusyBox).
import './v8-flags.js'; // first: see there
import { bundleOf } from './bundle.js';

let main;
const bundle = bundleOf('cli');
if (bundle) ({ main } = await import(bundle.href).catch(() => ({}))); // removed meanwhile: use the sources
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
await main(process.argv);
