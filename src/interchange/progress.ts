/**
 * Progress of a long import or export on stderr: a bar redrawn in place with rate and ETA on a terminal,
 * a plain line every few seconds otherwise (logs, CI, a pipe).
 */
export type ProgressOptions = { enabled?: boolean; stream?: NodeJS.WriteStream; intervalMs?: number };

export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private readonly tty: boolean;
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;
  private readonly intervalMs: number;

  constructor(
    private readonly label: string,
    private total: number,
    private readonly unit: string,
    options: ProgressOptions = {},
  ) {
    this.stream = options.stream ?? process.stderr;
    this.tty = this.stream.isTTY === true;
    this.enabled = options.enabled ?? true;
    this.intervalMs = options.intervalMs ?? (this.tty ? 200 : 5000);
  }

  /** Plain-text line for `done` of the total, as it would be printed. */
  line(done: number, now = Date.now()): string {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = done / seconds;
    const known = this.total > 0;
    const fraction = known ? Math.min(1, done / this.total) : 0;
    const eta = known && fraction < 1 && rate > 0 ? `, ETA ${formatSeconds((this.total - done) / rate)}` : '';
    const count = `${done.toLocaleString('en')}${known ? `/${this.total.toLocaleString('en')}` : ''} ${this.unit}`;
    const rateText = `${Math.round(rate).toLocaleString('en')} ${this.unit}/s`;
    if (!this.tty) return `${this.label}: ${known ? `${(fraction * 100).toFixed(1)}% ` : ''}${count}, ${rateText}${eta}`;
    const width = 28;
    const bar = known
      ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${(fraction * 100).toFixed(1).padStart(5)}% `
      : '';
    return `${this.label} ${bar}${count}, ${rateText}${eta}`;
  }

  update(done: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    const text = this.line(done, now);
    this.stream.write(this.tty ? `\r${text}\u001b[K` : `${text}\n`);
  }

  done(done: number): void {
    if (!this.enabled) return;
    this.update(done, true);
    if (this.tty) this.stream.write('\n');
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.ceil(s - m * 60)} s`;
}
