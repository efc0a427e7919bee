/**
 * Which records an import has read, by identity, to tell a repeated record (same data: skipped) from a
 * conflicting one (same identity, other data: a problem naming where the first one was). An import of the
 * benchmark's hetionet size has 800,000 records, so nothing here is an object or a string per record: each
 * record is a row of typed arrays, found through an open-addressing table.
 *
 * A row holds the first 16 bytes of the SHA-1 of the record's identity key ("claim c-1", "link a PRESENTS b"),
 * the first 16 bytes of the SHA-1 of its data (as the Map of base64 digests before it did, with 4 bytes less),
 * and its file and line: 38 bytes, plus 4 to 8 bytes of table. The Map of { digest, at } objects keyed by the
 * key string it replaces held about 600 bytes per record at hetionet (496 MB live after validation): a key
 * such as `claim ${id}` stays a cons string over the id, and the id is a slice of its TSV line, so every key
 * kept its whole line alive. Keep no string read from a record for long. Two different identity keys
 * sharing 128 bits of SHA-1 (which would show as a conflict between two unrelated records) are about as likely
 * as n² / 2^129: 10^-27 for 800,000 records.
 */
import { hash } from 'node:crypto';
import type { Location } from './model';

/** Four 32-bit words of a SHA-1, taken from its 'binary' (latin1) digest (one character per byte). */
function words(text: string, out: Uint32Array, offset: number): void {
  const d = hash('sha1', text, 'binary');
  for (let w = 0; w < 4; w++) {
    const i = w * 4;
    out[offset + w] = (d.charCodeAt(i) | (d.charCodeAt(i + 1) << 8) | (d.charCodeAt(i + 2) << 16) | (d.charCodeAt(i + 3) << 24)) >>> 0;
  }
}

function grown<T extends Uint32Array | Uint16Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

export class SeenRecords {
  private keys = new Uint32Array(4 * 1024);
  private digests = new Uint32Array(4 * 1024);
  private fileOf = new Uint16Array(1024);
  private lineOf = new Uint32Array(1024);
  /** Row + 1 per slot, 0 for a free slot; its size a power of two, at most half full. */
  private table = new Uint32Array(2048);
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly probe = new Uint32Array(8);
  /** Records held. */
  size = 0;

  /**
   * Notes a record read at `at`: null the first time its identity `key` is seen; otherwise where the first
   * one was, and whether its `data` (a canonical text of the record, such as its JSON) was the same.
   */
  see(key: string, data: string, at: Location): { at: Location; same: boolean } | null {
    const probe = this.probe;
    words(key, probe, 0);
    const mask = this.table.length - 1;
    for (let slot = probe[0]! & mask; ; slot = (slot + 1) & mask) {
      const held = this.table[slot]!;
      if (held === 0) {
        this.add(slot, data, at);
        return null;
      }
      const row = held - 1;
      const k = row * 4;
      if (this.keys[k] !== probe[0] || this.keys[k + 1] !== probe[1] || this.keys[k + 2] !== probe[2] || this.keys[k + 3] !== probe[3])
        continue;
      words(data, probe, 4);
      const same =
        this.digests[k] === probe[4] &&
        this.digests[k + 1] === probe[5] &&
        this.digests[k + 2] === probe[6] &&
        this.digests[k + 3] === probe[7];
      return { at: { file: this.files[this.fileOf[row]!]!, line: this.lineOf[row]! }, same };
    }
  }

  /** Frees what is held (the arrays go back to their first size). */
  clear(): void {
    this.keys = new Uint32Array(4 * 1024);
    this.digests = new Uint32Array(4 * 1024);
    this.fileOf = new Uint16Array(1024);
    this.lineOf = new Uint32Array(1024);
    this.table = new Uint32Array(2048);
    this.size = 0;
  }

  private add(slot: number, data: string, at: Location): void {
    const row = this.size;
    if (row === this.lineOf.length) {
      const rows = row * 2;
      this.keys = grown(this.keys, rows * 4);
      this.digests = grown(this.digests, rows * 4);
      this.fileOf = grown(this.fileOf, rows);
      this.lineOf = grown(this.lineOf, rows);
    }
    const k = row * 4;
    this.keys.set(this.probe.subarray(0, 4), k);
    words(data, this.digests, k);
    this.fileOf[row] = this.fileNumber(at.file);
    this.lineOf[row] = at.line;
    this.table[slot] = row + 1;
    this.size = row + 1;
    if (this.size * 2 > this.table.length) this.rehash(this.table.length * 2);
  }

  private fileNumber(file: string): number {
    let n = this.fileIndex.get(file);
    if (n === undefined) {
      n = this.files.length;
      if (n > 0xffff) throw new Error('more than 65,536 input files');
      this.files.push(file);
      this.fileIndex.set(file, n);
    }
    return n;
  }

  private rehash(capacity: number): void {
    const table = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let row = 0; row < this.size; row++) {
      let slot = this.keys[row * 4]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = row + 1;
    }
    this.table = table;
  }
}

/**
 * Which records were found repeated (same identity, same data), by their place in the input (the validation's
 * count of the items it read), so that the writing pass, which reads the same items, skips them again.
 * 4 bytes a repeat in a sorted typed array, where a "file:line" string each held about 50 (an input of a
 * million identical lines held a million strings), and exact where a line holds more than one record (a
 * seed file's JSON array on one line), which a file:line key was not: it skipped every record of the line.
 */
export class RepeatedRecords {
  private ordinals = new Uint32Array(64);
  /** Findings are checked in batches after the nodes read beside them, so places come mostly, not always, in order. */
  private sorted = true;
  /** Repeats held. */
  size = 0;

  /** Notes the record at `ordinal` as a repeat. */
  add(ordinal: number): void {
    if (this.size === this.ordinals.length) this.ordinals = grown(this.ordinals, this.size * 2);
    if (this.size > 0 && ordinal < this.ordinals[this.size - 1]!) this.sorted = false;
    this.ordinals[this.size++] = ordinal;
  }

  has(ordinal: number): boolean {
    if (!this.sorted) {
      this.ordinals.subarray(0, this.size).sort();
      this.sorted = true;
    }
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const held = this.ordinals[middle]!;
      if (held === ordinal) return true;
      if (held < ordinal) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}
