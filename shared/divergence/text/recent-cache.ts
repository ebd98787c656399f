/**
 * What was derived from the last few objects asked about, by identity. The checks go pair by pair and ask about
 * the same side many times in a row; a cache that forgets older entries lets what was derived for a pair die with
 * it, where a memo kept for the whole run would hold it (and make the collector copy it) until the end.
 */
export class RecentCache<K extends object, V> {
  private readonly keys: (K | undefined)[];
  private readonly values: (V | undefined)[];
  private next = 0;

  constructor(private readonly size = 8) {
    this.keys = new Array<K | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  /** The value kept for `key`, if it is among the last `size` stored. */
  get(key: K): V | undefined {
    for (let k = 0; k < this.size; k++) if (this.keys[k] === key) return this.values[k];
    return undefined;
  }

  /** Keeps a value for `key`, forgetting the oldest entry. */
  set(key: K, value: V): void {
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.size;
  }
}
