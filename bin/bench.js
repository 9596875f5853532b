#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmark directly (no build step), as bin/extract.js does.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../bench/bench.ts');
await main(process.argv.slice(2));
