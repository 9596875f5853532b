// Imported first by extract.js, before any other module: V8's flags may only be changed safely before
// the code they affect has run. `--no-regexp-tier-up` set later, at the start of a run, crashed the
// process now and then (a segmentation fault) with a rules file of 40,000 alternatives under load.
// Given on the command line (the first line of extract.js) it needs nothing here.
import v8 from 'node:v8';

if (!process.execArgv.includes('--no-regexp-tier-up') && process.env.EXTRACT_V8_DEFAULTS !== '1') v8.setFlagsFromString('--no-regexp-tier-up');
