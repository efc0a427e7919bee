import { createWriteStream, mkdirSync, openSync, readSync, closeSync, renameSync, statSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

/** Above this the console log is moved to `<file>.1` at the next start, so it never grows without bound. */
const ROTATE_AT_BYTES = 10 * 1024 * 1024;
/** How much of the latest output stays in memory, to be quoted when the JVM dies. */
const TAIL_BYTES = 16 * 1024;

/**
 * The embedded Neo4j's console: everything its JVM prints on stdout and stderr, appended to a file in the data
 * folder (Neo4j's own debug.log sits next to it), with the latest lines kept in memory so that a death can be
 * logged with what the JVM said last (an OutOfMemoryError, a store that failed to recover, ...).
 */
export class ConsoleLog {
  private tail = '';

  private constructor(
    readonly file: string,
    private readonly stream: WriteStream,
  ) {}

  static open(file: string, pid: number | undefined): ConsoleLog {
    mkdirSync(dirname(file), { recursive: true });
    try {
      if (statSync(file).size > ROTATE_AT_BYTES) renameSync(file, `${file}.1`);
    } catch {
      // no log yet
    }
    const log = new ConsoleLog(file, createWriteStream(file, { flags: 'a' }));
    log.stream.on('error', () => undefined); // a full disk must not take the service down with it
    log.stream.write(`--- ${new Date().toISOString()} JVM pid ${pid ?? '?'} started ---\n`);
    return log;
  }

  write(chunk: Buffer): void {
    this.stream.write(chunk);
    this.tail = (this.tail + chunk.toString()).slice(-TAIL_BYTES);
  }

  /** The last `count` non-empty lines the JVM printed (since this start). */
  lastLines(count: number): string[] {
    return this.tail
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(-count);
  }

  close(): void {
    this.stream.end();
  }
}

/** The last `count` lines of a text file, reading only its end; empty when it cannot be read. */
export function lastLinesOfFile(file: string, count: number, maxBytes = 16 * 1024): string[] {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = statSync(file).size;
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    if (length < size) lines.shift(); // the first line is probably cut
    return lines.filter((line) => line.trim() !== '').slice(-count);
  } catch {
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
