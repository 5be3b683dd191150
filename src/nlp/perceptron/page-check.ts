import { crc32 } from 'node:zlib';

/** Bytes per checked page. */
export const CHECK_PAGE = 4096;
const PAGE_SHIFT = 12;

/**
 * Lookups checked one by one before the rest of the pages are checked in one
 * go: a short text looks up a few thousand features, which touch a few
 * hundred of the decoded tables' 11,000 pages, and checking those few costs
 * a millisecond where the whole file took about twelve; a long text would
 * touch them all anyway, and checks each lookup twice meanwhile.
 */
const LOOKUPS_BEFORE_ALL = 30000;

/**
 * The checksums of weight tables read from a file, each page checked when a
 * lookup first touches it (`touch`) rather than all of them when the file is
 * read: the weights score only what they have checked. A page that fails its
 * checksum calls `repair`, which must put the right values in place (from the
 * model file) or throw; every page then counts as checked.
 *
 * `bytes` are the tables as read (every table is a view into them), `crcs`
 * the CRC-32 of each CHECK_PAGE bytes of them, the last page shorter.
 * Whatever reads the tables other than by a lookup calls `all()` first.
 */
export class PageCheck {
  /** Every page is checked (or repaired): lookups need no more checks. */
  done = false;
  private readonly checked: Uint8Array;
  private unchecked: number;
  private lookups = 0;

  constructor(private readonly bytes: Uint8Array, private readonly crcs: Uint32Array, private readonly repair: () => void) {
    if (crcs.length !== Math.ceil(bytes.length / CHECK_PAGE)) throw new RangeError('one checksum per page');
    this.checked = new Uint8Array(crcs.length);
    this.unchecked = crcs.length;
    if (this.unchecked === 0) this.done = true;
  }

  /** Element `index` of `array` (a view into the checked bytes) may be read. */
  touch(array: Int32Array, index: number): void {
    const page = (array.byteOffset - this.bytes.byteOffset + index * 4) >>> PAGE_SHIFT;
    if (this.checked[page] === 0) this.page(page);
  }

  /** Elements `from` to `to` (excluded) of `array` may be read. */
  touchRange(array: Int32Array, from: number, to: number): void {
    if (to <= from) return;
    const base = array.byteOffset - this.bytes.byteOffset;
    for (let p = (base + from * 4) >>> PAGE_SHIFT, last = (base + to * 4 - 1) >>> PAGE_SHIFT; p <= last; p++) if (this.checked[p] === 0) this.page(p);
  }

  /** Counts a lookup; after enough of them, checks every page at once. */
  lookup(): void {
    if (++this.lookups === LOOKUPS_BEFORE_ALL) this.all();
  }

  /** Checks every page not yet checked. */
  all(): void {
    for (let p = 0; p < this.crcs.length && !this.done; p++) if (this.checked[p] === 0) this.page(p);
  }

  private page(p: number): void {
    if (crc32(this.bytes.subarray(p * CHECK_PAGE, (p + 1) * CHECK_PAGE)) !== this.crcs[p]) {
      this.repair();
      this.checked.fill(1);
      this.unchecked = 0;
      this.done = true;
      return;
    }
    this.checked[p] = 1;
    if (--this.unchecked === 0) this.done = true;
  }
}

/** The CRC-32 of each page of `bytes`. */
export function pageChecksums(bytes: Uint8Array): Uint32Array {
  const crcs = new Uint32Array(Math.ceil(bytes.length / CHECK_PAGE));
  for (let p = 0; p < crcs.length; p++) crcs[p] = crc32(bytes.subarray(p * CHECK_PAGE, (p + 1) * CHECK_PAGE));
  return crcs;
}
