// The PDF's percentile comparison: the benchmark's percentiles next to the physician's pace and
// rank, with the source line and its caveat.
import { formatWhole, sourceLine } from '@/lib/format';
import type { ReportData } from './types';
import { C, M, RIGHT, type Writer } from './pdf-writer';

export function benchmarkSection(w: Writer, data: ReportData) {
  w.heading('Percentile comparison');
  const b = data.benchmark;
  if (!b) {
    w.font(false, 10, C.muted).para(data.benchmarkNote ?? 'No benchmark is available for this profile.');
    return;
  }
  if (b.label) w.font(true, 10, C.warn).para(b.label);
  w.font(false, 9, C.ink).para(
    `${b.publisher}: ${b.survey}. ${b.segment === 'all' ? b.specialty : `${b.specialty} (${b.segment})`}, ${b.kind === 'MEDICARE_DERIVED' ? 'annual Medicare FFS wRVUs per provider' : 'annual wRVUs per 1.0 clinical FTE'}.`,
  );
  if (b.kind === 'MEDICARE_DERIVED' && b.caveat) w.font(true, 9, C.warn).para(b.caveat);
  w.ensure(44);
  const cols = b.percentiles.length + 2;
  const cw = (RIGHT - M) / cols;
  const y = w.y;
  w.doc.rect(M, y, RIGHT - M, 16).fill(C.band);
  const heads = [...b.percentiles.map((p) => p.key), 'Your pace', 'Your rank'];
  const vals = [
    ...b.percentiles.map((p) => (p.value === null ? 'n/p' : formatWhole(p.value))),
    b.pace === null ? '-' : formatWhole(b.pace),
    b.rank ?? '-',
  ];
  heads.forEach((h, i) => w.font(true, 8.5, C.muted).text(h, M + i * cw + 6, y + 4));
  vals.forEach((v, i) => w.font(i >= b.percentiles.length, 11).text(v, M + i * cw + 6, y + 21));
  w.y = y + 42;
  w.font(false, 8, C.muted).para(
    `${sourceLine(b)}.${b.percentiles.some((p) => p.value === null) ? ' n/p = not published by the source.' : ''}`,
  );
  if (b.caveat) w.font(false, 8, C.muted).para(b.caveat); // Medicare's again under its numbers
}
