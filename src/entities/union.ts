/** Union-find over candidate indices: which mentions name the same entity. */
export class Union {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  /** Joins two sets; the smaller index stays the root so that the first mention leads. */
  join(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  grow(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
}
