import { ToolError, ToolErrorCode } from './toolErrors';

/**
 * At most `maxRunning` tool calls run at once; the others wait their turn, first come first served. A burst
 * of calls then queues here instead of all asking the driver's pool at once (where, past the pool's size,
 * they would wait out the acquisition timeout and fail), and each call's deadline starts when it runs.
 * A call that waits longer than `maxWaitMs` is refused as SERVER_BUSY, which a client may retry.
 */
export class CallGate {
  private running = 0;
  private readonly waiting: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    readonly maxRunning: number,
    readonly maxWaitMs: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.turn();
    try {
      return await work();
    } finally {
      this.running -= 1;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.start();
      }
    }
  }

  private turn(): Promise<void> {
    if (this.running < this.maxRunning) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          this.running += 1;
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(
            new ToolError(
              ToolErrorCode.SERVER_BUSY,
              `The server is busy: this call waited ${Math.round(this.maxWaitMs / 1000)} s for its turn. This is temporary; retry in a few seconds.`,
            ),
          );
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }
}
