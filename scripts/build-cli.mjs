// Bundles the CLI (cli/index.ts and the shared core it uses) into one CommonJS file for `bin/sverka.cjs`.
// npm packages stay external (better-sqlite3 is native), so the bundle is small and builds in well under a second.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** snowball-stemmers is bundled as a shim that requires the package on first use (see the shim). */
const lazySnowball = {
  name: 'lazy-snowball-stemmers',
  setup(builder) {
    const shim = fileURLToPath(new URL('./bundle/lazy-snowball-stemmers.cjs', import.meta.url));
    builder.onResolve({ filter: /^snowball-stemmers$/ }, () => ({ path: shim }));
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
  plugins: [lazySnowball],
  sourcemap: true,
  logLevel: 'warning',
});
