// `npm run bench`: runs every bench module in the list below; each prints its own figures.
// To add a bench, import its run() and append it to BENCHES (one small edit).
import { run as alignQuality } from './align-quality';
import { run as alignSpeed } from './align-speed';
import { run as store } from './store';
import { run as revisions } from './revisions';
import { run as segmentation } from './segmentation';
import { run as formats } from './formats';
import { run as divergence } from './divergence';
import { run as lexicons } from '../lexicon/bench-lexicons';
import { run as appLatency } from './app-latency';

const BENCHES: ReadonlyArray<() => void | Promise<void>> = [alignQuality, alignSpeed, store, revisions, segmentation, divergence, formats, lexicons, appLatency];

for (const bench of BENCHES) await bench();
