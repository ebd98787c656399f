// Bundles the CLI (cli/index.ts and the shared core it uses) into one CommonJS file for `bin/sverka.cjs`.
// npm packages stay external (better-sqlite3 is native), so the bundle is small and builds in well under a second.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/index.ts'],
  outfile: 'out/cli/sverka.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
