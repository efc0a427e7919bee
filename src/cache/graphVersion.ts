/**
 * The graph's current version (the database's last-commit bookmark), read for many requests at once.
 *
 * A caller must see a version read that started after it asked: a read already in flight may have
 * started before a write that committed just now, and its answer would let a stale response through.
 * So a caller that arrives while a read is running waits for the next read, which starts as soon as
 * the running one ends and serves everyone who arrived meanwhile. Under load that is one small read
 * per round trip instead of one per request; alone, it is one read per request.
 */
export class GraphVersion {
  private running: Promise<string> | null = null;
  private queued: Promise<string> | null = null;

  constructor(private readonly readVersion: () => Promise<string>) {}

  /** The version as of some moment after this call; rejects when the database cannot say. */
  current(): Promise<string> {
    if (!this.running) return this.start();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<string> {
    const read = this.readVersion().finally(() => {
      if (this.running === read) this.running = null;
    });
    this.running = read;
    return read;
  }
}
