/**
 * The arc-eager transition system over one sentence: words 1..n, 0 the root.
 * The buffer is the words from `b` on (in arc-eager nothing returns to the
 * buffer, so it is one index). The root stands either first, at the bottom
 * of the stack from the start, or last, after the words at the end of the
 * buffer (`rootLast`, Ballesteros and Nivre 2013): then the parser never
 * commits to the sentence's root word early ("The raid would only harden
 * the group, the minister warned": with the root first, a parser may take
 * "harden" for the root before "warned" is seen); a word still without a
 * head when the words run out takes the root as head by a left arc, so
 * every word gets its head from a move. Children are tracked for the
 * features: the two leftmost and rightmost dependents, the valency on each
 * side and the set of labels on each side.
 */
export const SHIFT = 0, RIGHT = 1, LEFT = 2, REDUCE = 3;
export const MOVES = 4;

export class ParseState {
  readonly stack: Int32Array;
  depth = 0;
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Bit sets of the labels (id mod 32) of the left and right dependents. */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;
  /** The root has a dependent already: one root per sentence. */
  rooted = false;

  /** Where the root is in the buffer order: after the last word (`rootLast`), or before the first. */
  private readonly rootAt: number;

  constructor(readonly n: number, readonly rootLast = false) {
    const size = n + 1;
    this.stack = new Int32Array(size + 1);
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size).fill(-1);
    this.left1 = new Int32Array(size).fill(-1);
    this.left2 = new Int32Array(size).fill(-1);
    this.right1 = new Int32Array(size).fill(-1);
    this.right2 = new Int32Array(size).fill(-1);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
    this.rootAt = rootLast ? n + 1 : 0;
    if (!rootLast) this.stack[this.depth++] = 0;
  }

  get s0(): number { return this.depth > 0 ? this.stack[this.depth - 1] : -1; }
  get s1(): number { return this.depth > 1 ? this.stack[this.depth - 2] : -1; }
  /** The buffer's first word: `b`, the root (0) when only the root is left with `rootLast`, else -1. */
  get n0(): number { return this.b <= this.n ? this.b : this.b === this.rootAt ? 0 : -1; }
  get done(): boolean { return this.rootLast ? this.b > this.n && this.depth === 0 : this.b > this.n; }

  /** The position of word `x` in the buffer order (the root's is 0 or n + 1). */
  pos(x: number): number { return x === 0 ? this.rootAt : x; }

  valid(move: number): boolean {
    const s0 = this.s0;
    switch (move) {
      case SHIFT: return this.b <= this.n;
      case RIGHT: return this.b <= this.n && s0 >= 0 && !(s0 === 0 && this.rooted);
      // With the root last, the root takes the words left without a head.
      case LEFT: return (this.b <= this.n || this.b === this.rootAt) && s0 > 0 && this.heads[s0] === -1;
      case REDUCE: return s0 > 0 && this.heads[s0] !== -1;
    }
    return false;
  }

  apply(move: number, label: number): void {
    switch (move) {
      case SHIFT: this.stack[this.depth++] = this.b++; break;
      case RIGHT: {
        const d = this.b++;
        this.attach(this.s0, d, label);
        this.stack[this.depth++] = d;
        break;
      }
      case LEFT: this.attach(this.n0, this.stack[--this.depth], label); break;
      case REDUCE: this.depth--; break;
    }
  }

  /** Adds the arc head -> dep and updates the child tracking. */
  attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    if (head === 0) this.rooted = true;
    const bit = 1 << (label & 31);
    // With the root last, its dependents are on its left.
    if (dep < head || (head === 0 && this.rootLast)) {
      this.leftCount[head]++;
      this.leftLabels[head] |= bit;
      const l1 = this.left1[head];
      if (l1 === -1 || dep < l1) { this.left2[head] = l1; this.left1[head] = dep; }
      else if (this.left2[head] === -1 || dep < this.left2[head]) this.left2[head] = dep;
    } else {
      this.rightCount[head]++;
      this.rightLabels[head] |= bit;
      const r1 = this.right1[head];
      if (r1 === -1 || dep > r1) { this.right2[head] = r1; this.right1[head] = dep; }
      else if (this.right2[head] === -1 || dep > this.right2[head]) this.right2[head] = dep;
    }
  }
}
