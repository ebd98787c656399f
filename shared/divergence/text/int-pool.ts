/**
 * Lists of small integers cut from large shared blocks instead of one array each. What the first pass of the
 * checks keeps for every pair until the second pass (token spans, the word comparison) would otherwise be a great
 * many small arrays that the collector copies each time they survive a collection; the numbers of a typed array
 * live outside the collected heap, so only the small view object is copied.
 */

/** Integers per shared block (256 KiB). */
const BLOCK = 1 << 16;
let block = new Int32Array(BLOCK);
let used = 0;
// Nothing can be written to an empty list: every caller may share one.
const EMPTY = new Int32Array(0);

/**
 * A zero-filled list of `length` integers for the caller to fill. A list keeps its whole block alive, so it suits
 * data that lives about as long as its neighbours (one run of the checks); a long list gets a block of its own.
 */
export function reserveInts(length: number): Int32Array {
  if (length === 0) return EMPTY;
  if (length > BLOCK / 8) return new Int32Array(length);
  if (used + length > BLOCK) {
    block = new Int32Array(BLOCK);
    used = 0;
  }
  const view = block.subarray(used, used + length);
  used += length;
  return view;
}

/** A copy of `values` cut from a shared block. */
export function packInts(values: readonly number[]): Int32Array {
  const list = reserveInts(values.length);
  for (let k = 0; k < values.length; k++) list[k] = values[k] as number;
  return list;
}
