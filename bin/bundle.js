// Bundles of the TypeScript sources as plain JavaScript, built with the esbuild that tsx brings and kept
// in node_modules/.cache/extract/ until a source file changes: `cli` (src/cli.ts, which bin/extract.js
// runs), `worker` (src/parallel/task.ts, which worker threads run) and `library` (src/index.ts, which
// bench/budget.ts times). A bundle needs no TypeScript
// loader: under tsx the process runs a loader thread (about 40 MB), transforms every file at start-up,
// and wraps every closure the code creates to keep its name (a tenth of the extraction time).
// Returns null when a bundle cannot be built; callers then load the sources through tsx.
import { createHash } from 'node:crypto';
import { accessSync, constants, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';

/* global __EXTRACT_ROOT__ */
// Inside a bundle this module's own URL is the bundle's, so the build puts the package root in __EXTRACT_ROOT__.
const ROOT = typeof __EXTRACT_ROOT__ === 'string' ? __EXTRACT_ROOT__ : fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');

const ENTRIES = { cli: join(SRC, 'cli.ts'), worker: join(SRC, 'parallel', 'task.ts'), library: join(SRC, 'index.ts') };

/** The package's root directory. */
export const packageRoot = ROOT;

/** Every source file's path, size and modification time: a bundle is rebuilt when any changes. */
function sourceKey(esbuildVersion) {
  const h = createHash('sha256');
  h.update(`${process.version} ${esbuildVersion}\n`);
  const walk = (dir) => {
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
  for (const f of ['package.json', 'package-lock.json', 'bin/bundle.js']) {
    try {
      h.update(`${f} ${statSync(join(ROOT, f)).mtimeMs}\n`);
    } catch {
      /* not there */
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** A directory only this user can write to: code imported from it must be code this user wrote there. */
function privateDir(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const s = lstatSync(dir);
  if (!s.isDirectory() || (process.getuid && s.uid !== process.getuid()) || (s.mode & 0o022) !== 0) throw new Error(`${dir} is not a private directory`);
  accessSync(dir, constants.W_OK);
  return dir;
}

function cacheDir() {
  // In the package (node_modules/.cache), else a per-user folder under the temporary directory.
  for (const dir of [join(ROOT, 'node_modules', '.cache', 'extract'), join(tmpdir(), `extract-cache-${process.getuid?.() ?? 'user'}`)]) {
    try {
      return privateDir(dir);
    } catch {
      /* next */
    }
  }
  throw new Error('no private, writable cache directory');
}

/** Bundles of other sources, and files of builds that never finished, once an hour old: another run may still use them. */
function removeStale(dir, name, keep) {
  const hourAgo = Date.now() - 3_600_000;
  for (const old of readdirSync(dir)) {
    if (!old.startsWith(`${name}-`) || old === keep) continue;
    try {
      if (statSync(join(dir, old)).mtimeMs < hourAgo) rmSync(join(dir, old), { force: true });
    } catch {
      /* gone already */
    }
  }
}

const cached = new Map();

/** The bundle `name` ('cli', 'worker' or 'library') as a file URL, built if needed; null when it cannot be. */
export function bundleOf(name) {
  if (cached.has(name)) return cached.get(name);
  cached.set(name, null);
  if (process.env.EXTRACT_BUNDLE === '0' || (name === 'worker' && process.env.EXTRACT_WORKER_BUNDLE === '0')) return null;
  try {
    // esbuild comes with tsx: resolve it from there.
    const esbuild = createRequire(createRequire(join(ROOT, 'package.json')).resolve('tsx'))('esbuild');
    const dir = cacheDir();
    const file = join(dir, `${name}-${sourceKey(esbuild.version)}.mjs`);
    try {
      statSync(file);
    } catch {
      // Several processes may build at once: each writes its own file and renames it into place.
      const tmp = `${file}.${process.pid}.${threadId}.tmp`;
      const r = esbuild.buildSync({
        entryPoints: [ENTRIES[name]],
        outfile: tmp,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Not keepNames (which tsx sets): it wraps every closure in a defineProperty call, and nothing
        // here reads a function's name (test/scale.test.ts compares bundled and unbundled output).
        keepNames: false,
        legalComments: 'none',
        logLevel: 'silent',
        define: { __EXTRACT_ROOT__: JSON.stringify(ROOT) },
        // Bundled CommonJS packages (fast-glob, commander) call require.
        banner: { js: "import { createRequire as __extractRequire } from 'node:module'; const require = __extractRequire(import.meta.url);" },
      });
      if (r.errors.length) {
        rmSync(tmp, { force: true });
        return null;
      }
      renameSync(tmp, file);
      removeStale(dir, name, basename(file));
    }
    cached.set(name, pathToFileURL(file));
  } catch {
    cached.set(name, null);
  }
  return cached.get(name);
}
