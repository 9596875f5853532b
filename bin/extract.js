#!/usr/bin/env -S node --single-threaded-gc --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=230
// Runs the command line from the TypeScript sources with no build step: from a bundle of them built
// by esbuild and cached (bin/bundle.js), else through the tsx loader (EXTRACT_BUNDLE=0 forces that).
// The V8 options on the first line (env -S passes them to node) can only be given at start-up:
// - --single-threaded-gc: with --jobs 2 on two cores, each thread's collector helpers took the other
//   thread's core; on 1,500 articles (30 MB) --jobs 2 took 10.4 s instead of 12.3 s, with less memory,
//   and --jobs 1 was no slower (14.1 s, 14.9 s before).
// - --max-inlined-bytecode-size-cumulative=230 (V8's default 920): less inlining, so the optimizing compiler,
//   which runs on the other core, takes less of it. Each thread compiles the code it runs hot (about 1.5 s
//   of CPU for 10 MB); with --jobs 2 both threads' compiling competes with the two extracting threads. On
//   1,500 articles (32 MB), medians of three: --jobs 2 10.6 s → 9.8 s, --jobs 1 13.5 s → 13.3 s.
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
