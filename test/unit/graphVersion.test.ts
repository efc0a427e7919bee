import { GraphVersion } from '../../src/cache/graphVersion';

/** A version source whose reads the test finishes by hand, recording when each one started. */
function manualSource() {
  const reads: { startedAt: number; finish: (v: string) => void; fail: (e: Error) => void }[] = [];
  let clock = 0;
  const read = () =>
    new Promise<string>((resolve, reject) => {
      reads.push({ startedAt: clock, finish: resolve, fail: reject });
    });
  return { reads, read, tick: () => (clock += 1) };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('GraphVersion: every caller gets a version read that started after it asked', () => {
  it('reads once for a caller alone', async () => {
    const source = manualSource();
    const version = new GraphVersion(source.read);
    const answer = version.current();
    expect(source.reads).toHaveLength(1);
    source.reads[0]!.finish('v1');
    await expect(answer).resolves.toBe('v1');
  });

  it('makes callers that arrive during a read wait for the next read, which they share', async () => {
    const source = manualSource();
    const version = new GraphVersion(source.read);
    const early = version.current();
    source.tick();
    // A write could commit now: these callers must not get the read that started before it.
    const late = [version.current(), version.current(), version.current()];
    expect(source.reads).toHaveLength(1);

    source.reads[0]!.finish('before-write');
    await settle();
    expect(source.reads).toHaveLength(2);
    expect(source.reads[1]!.startedAt).toBe(1);
    source.reads[1]!.finish('after-write');

    await expect(early).resolves.toBe('before-write');
    await expect(Promise.all(late)).resolves.toEqual(['after-write', 'after-write', 'after-write']);
  });

  it('passes a failed read to its callers and still serves those queued behind it', async () => {
    const source = manualSource();
    const version = new GraphVersion(source.read);
    const failing = version.current();
    const queued = version.current();
    source.reads[0]!.fail(new Error('database away'));
    await expect(failing).rejects.toThrow('database away');
    await settle();
    source.reads[1]!.finish('v2');
    await expect(queued).resolves.toBe('v2');
  });

  it('starts a fresh read for a caller after everything has settled', async () => {
    const source = manualSource();
    const version = new GraphVersion(source.read);
    const a = version.current();
    source.reads[0]!.finish('v1');
    await a;
    const b = version.current();
    expect(source.reads).toHaveLength(2);
    source.reads[1]!.finish('v2');
    await expect(b).resolves.toBe('v2');
  });
});
