// What the CLI bundle (scripts/build-cli.mjs) loads in place of `snowball-stemmers`: the same two functions, with the
// package itself (850 KB of generated code for 30 languages, about 10 ms to compile and run) required on first use.
// Russian and English use nlp.js's stemmers (shared/lexicon/word-key.ts), so en/ru work never loads it. The app's
// bundles (electron-vite) still load the package as it is, once per app start or job worker.
'use strict';

let snowball;

function load() {
  // A require() on purpose: it must run on first use, not when the bundle loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  snowball ??= require('snowball-stemmers/snowball-stemmers.js');
  return snowball;
}

exports.newStemmer = (algorithm) => load().newStemmer(algorithm);
exports.algorithms = () => load().algorithms();
