#!/usr/bin/env -S node --single-threaded-gc --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=230 --no-allocation-site-pretenuring
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
// - --no-allocation-site-pretenuring: V8 saw that the name recognizer's tokens and the dates' lists often
//   outlive a young collection and began to allocate them straight in the old generation, where they died
//   and called for full collections. Without it: 72 → 41 MB promoted on 10 MB, 4 → 3 full collections; on
//   100 MB, interleaved, --jobs 1 43.2 → 41.0 s and 41.2 → 38.5 s, --jobs 2 27.0 → 25.3 s and 24.8 → 24.0 s.
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
