#!/usr/bin/env node
// Entry point of the `sverka` command; the bundle is built by `npm run build:cli` (run on install and before tests).
require('../out/cli/sverka.cjs');
