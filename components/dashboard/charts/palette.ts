// Chart colours: the physician's own numbers in the brand colour, benchmark percentiles in a
// sequence that stays distinguishable for common colour-vision deficiencies (and each line is
// also dashed differently and named in the legend and the table).
import { formatCompact, formatWrvu } from '@/lib/format';

export const ACTUAL = '#14806c';
export const PERCENTILE_STYLE: Record<
  'p10' | 'p25' | 'p50' | 'p75' | 'p90',
  { color: string; dash: string }
> = {
  p10: { color: '#94a3b8', dash: '2 4' },
  p25: { color: '#64748b', dash: '4 3' },
  p50: { color: '#b45309', dash: '8 3' },
  p75: { color: '#6d28d9', dash: '4 3' },
  p90: { color: '#be123c', dash: '2 4' },
};
export const BAND_FILL = ['#e2e8f0', '#fde68a', '#ddd6fe'];

export const axisTick = { fontSize: 11, fill: '#64748b' };
export const compact = formatCompact;
export const two = (v: unknown) => (typeof v === 'number' ? formatWrvu(v) : String(v));
