import { readdirSync, readFileSync } from 'node:fs';

/** The ids of this process's live children whose command line contains `match` (Linux /proc). */
export function childProcessIds(match: string): number[] {
  const ids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent id; the name before it is in brackets and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(match)) ids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return ids;
}

/**
 * A process's resident memory in bytes from /proc/<pid>/status: `rss` now (VmRSS) and `peak`, the most it
 * has held since it started (VmHWM, the kernel's high-water mark, so no sampling can miss a spike).
 */
export function processMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => {
    const found = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    if (!found) throw new Error(`/proc/${pid}/status has no ${field}.`);
    return Number(found[1]) * 1024;
  };
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}
