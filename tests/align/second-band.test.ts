import { describe, expect, it } from 'vitest';
import { pathBand } from '../../shared/align/align-documents';
import type { PathBead } from '../../shared/align/search';

/** A diagonal path of 1-1 beads (bead 0) through an n × n rectangle. */
function diagonal(n: number): PathBead[] {
  return Array.from({ length: n }, (_, i) => ({ i, j: i, bead: 0, score: 0 }));
}

const rect = { i0: 0, i1: 20, j0: 0, j1: 20 };

describe('second band around the first path', () => {
  it('keeps the full width on every row without posteriors', () => {
    const band = pathBand(rect, diagonal(20), 3);
    for (let r = 4; r <= 16; r++) {
      // Row r holds the path between columns r − 1 and r + 1 (the beads ending and starting there).
      expect(band.lo[r]).toBe(r - 1 - 3);
      expect(band.hi[r]).toBe(r + 1 + 3);
    }
  });

  it('narrows the rows where the first pass was sure and keeps the full width around an unsure bead', () => {
    const posterior = new Float64Array(20).fill(0.99);
    posterior[10] = 0.6; // the bead from (10, 10) to (11, 11)
    const band = pathBand(rect, diagonal(20), 3, posterior);
    // Sure rows: only the columns the path visits (r − 1 to r + 1).
    expect([band.lo[5], band.hi[5]]).toEqual([4, 6]);
    expect([band.lo[15], band.hi[15]]).toEqual([14, 16]);
    // The unsure bead spans rows 10 and 11: they keep width 3; the rows next to them are sure and widen only as
    // far as the band must to stay monotone (row 9 down to row 10's first column, row 12 up to row 11's last).
    for (const r of [10, 11]) expect([band.lo[r], band.hi[r]]).toEqual([r - 1 - 3, r + 1 + 3]);
    expect([band.lo[9], band.hi[9]]).toEqual([6, 10]);
    expect([band.lo[12], band.hi[12]]).toEqual([11, 15]);
    // Fewer cells than the full band, and every cell of the path inside it.
    const full = pathBand(rect, diagonal(20), 3);
    expect(band.offset[21]).toBeLessThan(full.offset[21] as number);
    for (let r = 1; r < 20; r++) expect(band.lo[r]! <= r - 1 && r + 1 <= band.hi[r]!).toBe(true);
  });
});
