// The worker's code as one plain JavaScript module (bin/bundle.js builds and caches it), so that worker
// threads need no TypeScript loader. Null when it cannot be built: the workers then use the tsx shim.
import { bundleOf } from '../../bin/bundle.js';

export function workerBundle(): URL | null {
  return bundleOf('worker');
}
