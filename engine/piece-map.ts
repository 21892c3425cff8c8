/**
 * Offsets in a text built from pieces of another (the flow, the part of a Markdown file that is parsed)
 * mapped back to the other: piece k starts at starts[k] in the built text and at origins[k] in the other.
 */
export class PieceMap {
  private readonly starts: number[] = [];
  private readonly origins: number[] = [];

  /** A piece that starts at `start` in the built text came from `origin`; pieces are added in order. */
  add(start: number, origin: number): void {
    this.starts.push(start);
    this.origins.push(origin);
  }

  /** Where offset `at` of the built text came from (binary search for its piece). */
  origin(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return this.origins[lo] + (at - this.starts[lo]);
  }
}
