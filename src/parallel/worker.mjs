// The entry of every extraction worker thread. Worker threads cannot load .ts files on Node 20, so
// this plain module registers tsx in the thread, then loads the TypeScript task.
import { register } from 'tsx/esm/api';

register();
await import('./task.ts');
