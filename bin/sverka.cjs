#!/usr/bin/env -S node --v8-pool-size=0
// Entry point of the `sverka` command; the bundle is built by `npm run build:cli` (run on install and before tests).
// --v8-pool-size=0 gives V8 one background thread per core but one instead of a fixed four: on a two-core machine
// four compiler and collector threads crowd out the one doing the work (10k × 10k alignment about 6 % faster there;
// the same threads on larger machines). `env -S` is GNU coreutils ≥ 8.30, BSD and macOS env, and npm's Windows
// shims; where env lacks it (BusyBox), run `node bin/sverka.cjs`.
require('../out/cli/sverka.cjs');
