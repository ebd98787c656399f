// Bundles the CLI (cli/index.ts and the shared core it uses) into one CommonJS file for `bin/sverka.cjs`.
// npm packages stay external (better-sqlite3 is native), so the bundle is small and builds in well under a second.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Packages the bundle loads through a shim that requires them on first use (see scripts/bundle/). */
const LAZY_PACKAGES = {
  'snowball-stemmers': fileURLToPath(new URL('./bundle/lazy-snowball-stemmers.cjs', import.meta.url)),
};

const lazyPackages = {
  name: 'lazy-packages',
  setup(builder) {
    builder.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY_PACKAGES).join('|')})$`) }, (args) => ({ path: LAZY_PACKAGES[args.path] }));
  },
};

await build({
  entryPoints: ['cli/index.ts'],
  outfile: 'out/cli/sverka.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  plugins: [lazyPackages],
  sourcemap: true,
  logLevel: 'warning',
});
