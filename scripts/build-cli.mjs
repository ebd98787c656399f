// Bundles the CLI (cli/index.ts and the shared core it uses) into one CommonJS file for `bin/sverka.cjs`.
// npm packages stay external (better-sqlite3 is native), so the bundle is small and builds in well under a second;
// two plugins below change how two of them load.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** snowball-stemmers is bundled as a shim that requires the package on first use (see the shim). */
const lazySnowball = {
  name: 'lazy-snowball-stemmers',
  setup(builder) {
    const shim = fileURLToPath(new URL('./bundle/lazy-snowball-stemmers.cjs', import.meta.url));
    builder.onResolve({ filter: /^snowball-stemmers$/ }, () => ({ path: shim }));
  },
};

/**
 * nlp.js's two stemmers are bundled, and their `require('@nlpjs/core')` gets only the classes they use (see the shim);
 * the rest of nlp.js stays external.
 */
const nlpjsStemmers = {
  name: 'nlpjs-stemmers',
  setup(builder) {
    const shim = fileURLToPath(new URL('./bundle/nlpjs-core-parts.cjs', import.meta.url));
    builder.onResolve({ filter: /^@nlpjs\/(lang-en-min|lang-ru)\/src\/stemmer-(en|ru)$/ }, (args) => ({ path: createRequire(import.meta.url).resolve(args.path) }));
    builder.onResolve({ filter: /^@nlpjs\/core$/ }, () => ({ path: shim }));
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
  plugins: [lazySnowball, nlpjsStemmers],
  sourcemap: true,
  logLevel: 'warning',
});
