// The PDF's monthly wRVU bar chart, drawn in vector primitives on a rounded scale.
import { formatWhole } from '@/lib/format';
import type { BreakdownRow } from './types';
import { C, M, RIGHT, type Writer } from './pdf-writer';

/**
 * A scale people read at a glance: a whole step of 1, 2 or 5 times a power of ten (never 12.5, so no
 * "13 / 25 / 38" ticks), and at most 5 gridlines up to the first step at or above the largest bar.
 */
export function niceScale(max: number): { step: number; top: number; ticks: number } {
  if (!(max > 0)) return { step: 5, top: 20, ticks: 4 };
  const p = 10 ** Math.floor(Math.log10(max / 5));
  const step = Math.max(
    1,
    [1, 2, 5, 10, 20, 50].map((f) => f * p).find((v) => Math.ceil(max / v) <= 5)!,
  );
  const ticks = Math.max(1, Math.ceil(max / step));
  return { step, top: step * ticks, ticks };
}

export function monthlyChart(w: Writer, months: BreakdownRow[]) {
  w.heading('Monthly wRVUs');
  const { doc } = w;
  const height = 150;
  w.ensure(height + 30);
  const [x0, y0] = [M + 40, w.y];
  const [pw, ph] = [RIGHT - x0, height];
  const values = months.map((m) => Number(m.wrvu));
  const { step, top, ticks } = niceScale(Math.max(0, ...values));
  for (let i = 0; i <= ticks; i++) {
    const gy = y0 + ph - (ph * i) / ticks;
    doc.moveTo(x0, gy).lineTo(RIGHT, gy).lineWidth(0.5).strokeColor(C.rule).stroke();
    w.font(false, 7, C.muted).right(formatWhole(step * i), x0 - 4, gy - 3);
  }
  const slot = pw / Math.max(1, months.length);
  const barW = Math.max(2, slot * 0.65);
  const labelEvery = months.length > 24 ? 3 : months.length > 12 ? 2 : 1;
  months.forEach((m, i) => {
    const v = values[i];
    const bh = top > 0 ? (ph * v) / top : 0;
    const bx = x0 + i * slot + (slot - barW) / 2;
    if (bh > 0) doc.rect(bx, y0 + ph - bh, barW, bh).fill(C.brand);
    if (months.length <= 12 && v > 0)
      w.font(false, 6.5, C.ink).text(
        formatWhole(v),
        bx + barW / 2 - doc.widthOfString(formatWhole(v)) / 2,
        y0 + ph - bh - 9,
      );
    if (i % labelEvery === 0) {
      const label = m.label.slice(0, 3) + (i === 0 || m.key.endsWith('-01') ? ` ${m.key.slice(2, 4)}` : '');
      w.font(false, 6.5, C.muted).text(
        label,
        x0 + i * slot + slot / 2 - doc.widthOfString(label) / 2,
        y0 + ph + 4,
      );
    }
  });
  doc
    .moveTo(x0, y0 + ph)
    .lineTo(RIGHT, y0 + ph)
    .lineWidth(0.75)
    .strokeColor(C.muted)
    .stroke();
  w.y = y0 + ph + 22;
}
