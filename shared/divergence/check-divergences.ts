/**
 * The divergence checks over an aligned document: builds each pair's context once, runs the enabled checks and
 * returns their flags in pair order. Pure: the same input always gives the same flags.
 */
import type { Flag } from '../types';
import { assembleFlags, documentFacts, firstPass, prepareRun, secondPass, type DivergenceInput } from './divergence-run';

export type { DivergenceInput } from './divergence-run';

/** Runs the enabled divergence checks and returns their flags, by pair, then side, sentence, offset, severity. */
export function checkDivergences(input: DivergenceInput): Flag[] {
  const run = prepareRun(input);
  const first = firstPass(run, 0, run.pairs.length);
  const facts = documentFacts(run, [first.report]);
  return assembleFlags(run, [first.report], [secondPass(run, first, facts)]);
}
