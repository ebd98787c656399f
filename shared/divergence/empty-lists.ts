/**
 * Empty lists of the kind V8 gives the non-empty lists they stand for. V8 keeps arrays of small integers, of other
 * values, with and without holes, and frozen ones apart (each is another "map"); code it optimised for the lists it
 * met is thrown away, and compiled again, when a list of another kind comes. An empty list made by `[]`, `new
 * Array(0)` or `map` on nothing is one of small integers, so the checks' shared empty lists (the most common case:
 * a side without numbers, a list without matches) are made of the kind of the lists they stand in for.
 */

/** An empty list of the kind built by a literal and push, or by map, from values that are not small integers. */
export function emptyPackedList<T>(): T[] {
  // A slice keeps the kind of the list it is taken from, here one holding a value that is no small integer.
  return [undefined as T].slice(0, 0);
}

/**
 * A list to push `size` values into that are not small integers: one of the kind an empty list of them is given
 * here when `size` is 0. Lists made by map are packed when it runs as a builtin and have holes when V8 inlines it in
 * optimised code: lists pushed into are packed either way.
 */
export function pushedList<T>(size: number): T[] {
  return size === 0 ? emptyPackedList() : [];
}
