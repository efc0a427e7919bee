/**
 * What the machine was doing around a measurement: load averages (which lag: the 1-minute figure is
 * a damped average over about a minute) and the exact share of CPU time that was busy during the
 * measurement, from /proc/stat (Linux; null elsewhere). On two shared cores both say whether a
 * latency is the contender's or the queue's.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export type CpuTimes = { busy: number; total: number };

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export const loadAverages = (): number[] => os.loadavg().map((l) => round(l));

/** The first `cpu` line of /proc/stat: busy and total jiffies over all cores; null where it cannot be read. */
export function cpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    if (fields.length < 4 || fields.some(Number.isNaN)) return null;
    // user nice system idle iowait irq softirq steal (guest times are already inside user and nice).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    const total = user + nice + system + idle + iowait + irq + softirq + steal;
    return { busy: total - idle - iowait, total };
  } catch {
    return null;
  }
}

/** Busy share between two readings, 0-1. */
export function busyShare(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return round((after.busy - before.busy) / (after.total - before.total));
}
