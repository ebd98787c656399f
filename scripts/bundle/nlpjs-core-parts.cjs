// What nlp.js's English and Russian stemmers get in the CLI bundle (scripts/build-cli.mjs) for `require('@nlpjs/core')`:
// the three classes they use, from their own files. The package's index also builds nlp.js's container, logger,
// timer and storage (about 6 ms at every start), none of which the stemmers need.
'use strict';

/* eslint-disable @typescript-eslint/no-require-imports */
exports.Among = require('@nlpjs/core/src/among');
exports.BaseStemmer = require('@nlpjs/core/src/base-stemmer');
exports.Tokenizer = require('@nlpjs/core/src/tokenizer');
