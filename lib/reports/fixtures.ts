// Report data made up for unit tests of the pure writers and for the PDF benchmark's warm-up; not
// imported by the app.
import { SYNTHETIC_LABEL } from '@/lib/benchmarks/synthetic';
import type { ReportData, ReportEntry } from './types';

export function fakeEntries(n: number, from = '2025-01-01'): ReportEntry[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${String(i).padStart(6, '0')}`,
    dateOfService: new Date(start + Math.floor((i * 300) / n) * 86_400_000).toISOString().slice(0, 10),
    code: ['99213', '27447', '20610', '99214'][i % 4],
    modifiers: i % 7 === 0 ? ['RT', '59'] : [],
    units: 1,
    description: [
      'Office/outpatient established low MDM 20 min',
      'Total knee arthroplasty',
      'Arthrocentesis, major joint',
      'Office/outpatient established moderate MDM 30 min',
    ][i % 4],
    categoryLabel: 'Evaluation and Management (E/M)',
    site: i % 3 ? 'Main Hospital' : 'Clinic',
    setting: 'FACILITY',
    role: 'PRIMARY',
    note: null,
    baseWorkRvu: ['1.30', '19.60', '0.79', '1.92'][i % 4],
    creditedWrvu: ['1.30', '19.60', '0.79', '1.92'][i % 4],
    excluded: false,
    releaseId: 'RVU25D',
    releaseFit: 'current',
  }));
}

export function fakeReportData(over: Partial<ReportData> = {}): ReportData {
  return {
    profile: {
      name: 'Dr. Ada Example',
      specialty: 'Orthopedic surgery',
      careerStage: 'ATTENDING',
      pgyYear: null,
      clinicalFte: 1,
      fiscalYearStartMonth: 1,
    },
    period: { kind: 'custom', from: '2025-01-01', to: '2025-10-31', label: 'Jan 1, 2025 - Oct 31, 2025' },
    generatedAt: new Date('2025-11-01T12:00:00Z'),
    totals: { entries: 4, excluded: 0, wrvu: '23.61' },
    headline: {
      asOf: '2025-10-31',
      fiscalYearLabel: '2025',
      ytdWrvu: 23.61,
      pace: 28.4,
      percentileRank: 'below p25',
      projection: 28.4,
    },
    breakdowns: {
      byMonth: [{ key: '2025-01', label: 'Jan 2025', entries: 4, wrvu: '23.61' }],
      byCode: [{ key: '27447', label: 'Total knee arthroplasty', entries: 1, wrvu: '19.60' }],
      byCategory: [
        {
          key: 'surgery-musculoskeletal',
          label: 'Surgery: Musculoskeletal System',
          entries: 1,
          wrvu: '19.60',
        },
      ],
      bySite: [{ key: 'Main Hospital', label: 'Main Hospital', entries: 4, wrvu: '23.61' }],
    },
    benchmark: {
      publisher: 'Benchline (synthetic)',
      survey: SYNTHETIC_LABEL,
      citation: SYNTHETIC_LABEL,
      dataYear: 2025,
      synthetic: true,
      kind: 'SURVEY',
      label: SYNTHETIC_LABEL,
      caveat: null,
      specialty: 'Orthopedic surgery',
      segment: 'all',
      percentiles: [
        { key: 'p10', value: null },
        { key: 'p25', value: 6700 },
        { key: 'p50', value: 8300 },
        { key: 'p75', value: 10200 },
        { key: 'p90', value: 12400 },
      ],
      pace: 28.4,
      rank: 'below p25',
    },
    benchmarkNote: null,
    releaseFitNotes: [],
    ...over,
  };
}
