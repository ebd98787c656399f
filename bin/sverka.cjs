#!/usr/bin/env -S node --v8-pool-size=0
// Entry point of the `sverka` command; the bundles are built by `npm run build:cli` (run on install and before tests).
// --v8-pool-size=0 gives V8 one background thread per core but one instead of a fixed four: on a two-core machine
// four compiler and collector threads crowd out the one doing the work (10k × 10k alignment about 6 % faster there;
// the same threads on larger machines). `env -S` is GNU coreutils ≥ 8.30, BSD and macOS env, and npm's Windows
// shims; where env lacks it (BusyBox), run `node bin/sverka.cjs`.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// A command has a bundle of its own, with only the code it can use (V8 reads all of a script it loads); help, an
// unknown command and a build without them take the bundle of every command.
const command = process.argv[2];
const own = command !== undefined && /^[a-z]+$/.test(command) ? join(__dirname, '..', 'out', 'cli', `command-${command}.cjs`) : undefined;
require(own !== undefined && existsSync(own) ? own : join(__dirname, '..', 'out', 'cli', 'sverka.cjs'));
