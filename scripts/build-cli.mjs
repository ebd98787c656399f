// Bundles the CLI into CommonJS files for `bin/sverka.cjs`: out/cli/sverka.cjs with every command (help, and any
// command without a bundle of its own), and out/cli/command-NAME.cjs per command with that command alone. A run
// then compiles only the code its command can use: V8 pre-parses all of a script it loads, about 2 ms per 100 KB
// here, and the bundle of every command is 0.8 MB (the align command starts 6 ms sooner from its own).
// npm packages stay external (better-sqlite3 is native, the others load on first use), except the few every
// command loads at start (BUNDLED): bundled, they skip Node's module resolution and loading, file by file (about
// 8 ms at every start). Three plugins below change how three packages load; a fourth makes the commands' entries.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Packages every command loads at start: the command-line parser, the translator and nlp.js's two stemmers. */
const BUNDLED = new Set(['commander', 'i18next', '@nlpjs/core', '@nlpjs/lang-en-min', '@nlpjs/lang-ru']);

const dependencies = Object.keys(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies);
const external = dependencies.filter((name) => !BUNDLED.has(name)).flatMap((name) => [name, `${name}/*`]);

/** snowball-stemmers is bundled as a shim that requires the package on first use (see the shim). */
const lazySnowball = {
  name: 'lazy-snowball-stemmers',
  setup(builder) {
    const shim = fileURLToPath(new URL('./bundle/lazy-snowball-stemmers.cjs', import.meta.url));
    builder.onResolve({ filter: /^snowball-stemmers$/ }, () => ({ path: shim }));
  },
};

/**
 * stopword (the lists of 60 languages, about 4 ms to load) is bundled as a module whose lists are getters that
 * require the package on first use: aligning English and Russian never reads a list (the checks do). Its list
 * names are read from the package here, at build time.
 */
const lazyStopword = {
  name: 'lazy-stopword',
  setup(builder) {
    const names = Object.keys(createRequire(import.meta.url)('stopword'));
    builder.onResolve({ filter: /^stopword$/ }, () => ({ path: 'stopword', namespace: 'lazy-stopword' }));
    builder.onLoad({ filter: /.*/, namespace: 'lazy-stopword' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: [
        "'use strict';",
        'let lists;',
        // A path inside the package: external, and not this module again.
        "const load = () => (lists ??= require('stopword/dist/stopword.cjs.js'));",
        `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join('\n'),
    }));
  },
};

/** nlp.js's two stemmers get, for their `require('@nlpjs/core')`, only the classes they use (see the shim). */
const nlpjsStemmers = {
  name: 'nlpjs-stemmers',
  setup(builder) {
    const shim = fileURLToPath(new URL('./bundle/nlpjs-core-parts.cjs', import.meta.url));
    builder.onResolve({ filter: /^@nlpjs\/core$/ }, () => ({ path: shim }));
  },
};

/**
 * The commands, read from their list in cli/commands/index.ts: name, module and the function that registers it
 * (`{ name: 'align', load: async () => (await import('./align')).registerAlign }`).
 */
function commands() {
  const source = readFileSync(new URL('../cli/commands/index.ts', import.meta.url), 'utf8');
  const entry = /\{ name: '([a-z]+)', load: async \(\) => \(await import\('\.\/([a-z-]+)'\)\)\.(\w+) \}/g;
  const found = [...source.matchAll(entry)].map(([, name, module, register]) => ({ name, module, register }));
  const listed = [...source.matchAll(/\{ name: '/g)].length;
  if (found.length === 0 || found.length !== listed) throw new Error(`build-cli: read ${found.length} of the ${listed} commands in cli/commands/index.ts; keep each line in the form above`);
  return found;
}

/** The entry of a command's own bundle: the command line with that command alone. */
const commandEntries = {
  name: 'command-entries',
  setup(builder) {
    const byName = new Map(commands().map((command) => [command.name, command]));
    builder.onResolve({ filter: /^sverka-command:/ }, (args) => ({ path: args.path.slice('sverka-command:'.length), namespace: 'sverka-command' }));
    builder.onLoad({ filter: /.*/, namespace: 'sverka-command' }, (args) => {
      const { name, module, register } = byName.get(args.path);
      return {
        resolveDir: root,
        loader: 'ts',
        contents: [
          `import { runCli } from './cli/run-cli';`,
          `import { ${register} } from './cli/commands/${module}';`,
          `runCli([{ name: '${name}', load: async () => ${register} }]);`,
        ].join('\n'),
      };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: [{ in: 'cli/index.ts', out: 'sverka' }, ...commands().map(({ name }) => ({ in: `sverka-command:${name}`, out: `command-${name}` }))],
  outdir: 'out/cli',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
  plugins: [commandEntries, lazySnowball, lazyStopword, nlpjsStemmers],
  sourcemap: true,
  logLevel: 'warning',
});
