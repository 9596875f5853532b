// The worker's code as one plain JavaScript module, so that worker threads need no TypeScript loader.
// Under tsx every worker would start its own loader thread (about 30 MB each) and ask it to transform
// every source file; a bundle of task.ts, built with the esbuild that tsx brings and kept in
// node_modules/.cache/extract/ until a source file changes, starts faster and smaller. When it cannot
// be built, the workers use the tsx shim (worker.mjs) instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(SRC, '..');

interface Esbuild {
  version: string;
  buildSync(options: Record<string, unknown>): { errors: unknown[] };
}

/** Every source file's path, size and modification time: the bundle is rebuilt when any changes. */
function sourceKey(esbuildVersion: string): string {
  const h = createHash('sha256');
  h.update(`${process.version} ${esbuildVersion}\n`);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:ts|mts|js|mjs|json)$/.test(e.name)) {
        const s = statSync(p);
        h.update(`${p} ${s.size} ${s.mtimeMs}\n`);
      }
    }
  };
  walk(SRC);
  for (const f of ['package.json', 'package-lock.json']) {
    try {
      h.update(`${f} ${statSync(join(ROOT, f)).mtimeMs}\n`);
    } catch {
      /* not there */
    }
  }
  return h.digest('hex').slice(0, 16);
}

function cacheDir(): string {
  for (const dir of [join(ROOT, 'node_modules', '.cache', 'extract'), join(tmpdir(), `extract-cache-${process.getuid?.() ?? 'user'}`)]) {
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      /* next */
    }
  }
  throw new Error('no writable cache directory');
}

let cached: URL | null | undefined;

/** The bundled worker module, built if needed; null when it cannot be (the caller falls back to tsx). */
export function workerBundle(): URL | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (process.env.EXTRACT_WORKER_BUNDLE === '0') return null;
  try {
    // esbuild comes with tsx (which runs these sources): resolve it from there.
    const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as Esbuild;
    const dir = cacheDir();
    const name = `worker-${sourceKey(esbuild.version)}.mjs`;
    const file = join(dir, name);
    try {
      statSync(file);
    } catch {
      const tmp = `${file}.${process.pid}.tmp`;
      const r = esbuild.buildSync({
        entryPoints: [join(SRC, 'parallel', 'task.ts')],
        outfile: tmp,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Not keepNames (which tsx sets): it wraps every closure in a defineProperty call, 7% of the
        // time in the profile; nothing in the pipeline reads a function's name (test/scale.test.ts checks the output).
        keepNames: false,
        legalComments: 'none',
        logLevel: 'silent',
        // Bundled CommonJS packages (fast-glob) call require.
        banner: { js: "import { createRequire as __extractRequire } from 'node:module'; const require = __extractRequire(import.meta.url);" },
      });
      if (r.errors.length) {
        rmSync(tmp, { force: true });
        throw new Error('esbuild failed');
      }
      renameSync(tmp, file);
      for (const old of readdirSync(dir)) if (old.startsWith('worker-') && old !== name && !old.endsWith('.tmp')) rmSync(join(dir, old), { force: true });
    }
    cached = pathToFileURL(file);
  } catch {
    cached = null;
  }
  return cached;
}
