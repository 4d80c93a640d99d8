// The next-server process of a launched app and its resident memory, for the benchmarks that report
// memory (bench:load, bench:pages).
import { readFileSync, readdirSync } from 'node:fs';

/** The next-server process: a descendant of the launcher whose name or command line says so. */
export function findNextServer(rootPid) {
  const parent = new Map();
  const name = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parent.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]));
      name.set(
        Number(entry),
        readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ') +
          ' ' +
          (/^Name:\s+(.*)$/m.exec(status)?.[1] ?? ''),
      );
    } catch {
      /* exited */
    }
  }
  const descends = (pid) => {
    for (let p = pid, i = 0; p && i < 20; p = parent.get(p), i++) if (p === rootPid) return true;
    return false;
  };
  const candidates = [...name].filter(
    ([pid, n]) =>
      descends(pid) && /next-server|next start|next\/dist\/bin\/next|scripts\/server\.mjs/.test(n),
  );
  // The innermost match is the server itself (next start may wrap it).
  candidates.sort((a, b) => b[0] - a[0]);
  return candidates.find(([, n]) => /next-server/.test(n))?.[0] ?? candidates[0]?.[0];
}

export function rssKiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
}
