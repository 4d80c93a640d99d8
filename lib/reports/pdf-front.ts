// The PDF's front matter: the cover (profile, period, crediting note) and the six headline metric
// boxes.
import { describeEntryCount, formatWhole } from '@/lib/format';
import { formatDay } from '@/lib/dashboard/range';
import type { ReportData } from './types';
import { C, M, RIGHT, W, wrvu, type Writer } from './pdf-writer';

const STAGE: Record<string, string> = {
  STUDENT: 'Student',
  RESIDENT: 'Resident',
  FELLOW: 'Fellow',
  ATTENDING: 'Attending',
  APP: 'Advanced practice provider',
};

export function cover(w: Writer, data: ReportData) {
  const { doc } = w;
  const p = data.profile;
  doc.rect(0, 0, W, 150).fill(C.brand);
  w.font(true, 12, '#ffffff').text('Benchline', M, 48);
  w.font(true, 26, '#ffffff').text('Work RVU report', M, 78);
  w.font(false, 12, '#ffffff').text(data.period.label, M, 114);
  w.y = 190;
  const stage = p.careerStage
    ? `${STAGE[p.careerStage] ?? p.careerStage}${p.pgyYear ? ` (PGY-${p.pgyYear})` : ''}`
    : 'Not set';
  const rows: [string, string][] = [
    ['Name', p.name],
    ['Specialty', p.specialty ?? 'Not set'],
    ['Career stage', stage],
    ['Clinical FTE', p.clinicalFte.toFixed(2)],
    ['Period', `${formatDay(data.period.from)} - ${formatDay(data.period.to)}`],
    ['Generated at', `${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
  ];
  for (const [label, value] of rows) {
    w.font(false, 10, C.muted).text(label, M, w.y);
    w.font(true, 12).text(value, M + 110, w.y - 1);
    w.y += 24;
  }
  w.y += 16;
  w.font(false, 9, C.muted);
  w.para(
    'Work RVUs are credited by Benchline from the imported CMS Physician Fee Schedule relative value files: the release in effect on each date of service, or else the nearest imported one (such entries are counted below), under the crediting policy shown in the app. Totals count every entry that is not deleted; excluded lines (drugs paid by ASP, codes CMS does not pay) count at 0 wRVU and are named. This report contains no patient identifiers; notes appear as the physician wrote them.',
  );
  if (data.benchmark?.label) {
    w.y += 6;
    w.font(true, 10, C.warn).para(`Benchmarks in this report: ${data.benchmark.label}.`);
  }
  for (const note of data.releaseFitNotes) {
    w.y += 6;
    w.font(true, 10, C.warn).para(note);
  }
}

function metricBox(
  w: Writer,
  x: number,
  y: number,
  width: number,
  label: string,
  value: string,
  sub?: string,
) {
  w.doc.roundedRect(x, y, width, 58, 6).fillAndStroke(C.band, C.rule);
  w.font(false, 8.5, C.muted).text(label, x + 10, y + 9);
  w.font(true, 16).text(value, x + 10, y + 22);
  if (sub) w.font(false, 7.5, C.muted).text(w.fit(sub, width - 20), x + 10, y + 43);
}

export function headline(w: Writer, data: ReportData) {
  w.heading('Headline metrics');
  const h = data.headline;
  const gap = 12;
  const bw = (RIGHT - M - 2 * gap) / 3;
  const boxes: [string, string, string?][] = [
    ['wRVUs in period', wrvu(data.totals.wrvu), describeEntryCount(data.totals)],
    [
      h ? `Fiscal YTD wRVUs (FY${h.fiscalYearLabel})` : 'Fiscal YTD wRVUs',
      h ? wrvu(h.ytdWrvu) : '-',
      h ? `as of ${formatDay(h.asOf)}` : undefined,
    ],
    ['Annualized pace', h?.pace == null ? '-' : formatWhole(h.pace), 'wRVUs per 1.0 FTE per year'],
    [
      'Percentile rank',
      h?.percentileRank ?? '-',
      data.benchmark ? `${data.benchmark.specialty}, ${data.benchmark.dataYear}` : 'no benchmark',
    ],
    [
      'Projected at year end',
      h?.projection == null ? '-' : formatWhole(h.projection),
      'wRVUs at the current pace',
    ],
    ['Clinical FTE', data.profile.clinicalFte.toFixed(2), data.profile.specialty ?? 'specialty not set'],
  ];
  w.ensure(2 * 58 + gap + 10);
  boxes.forEach(([label, value, sub], i) =>
    metricBox(w, M + (i % 3) * (bw + gap), w.y + Math.floor(i / 3) * (58 + gap), bw, label, value, sub),
  );
  w.y += 2 * 58 + gap + 14;
}
