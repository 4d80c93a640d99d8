// Sample productivity reports in the layouts billing systems produce, each with the log it is
// reconciled against and the discrepancies seeded into it (category, cause, date, code). Used by
// the unit and integration tests, the e2e journey and the PHI test. Every patient in them is made
// up; their names and MRNs are listed so tests can prove none of them is ever stored.
// No '@/' imports: Playwright specs import this file too.

export type SeedEntry = {
  date: string;
  code: string;
  modifiers?: string[];
  units?: number;
  encounter: string;
};
export type Expected = { category: string; cause: string; date: string; code: string };
export type ReportFixture = {
  name: string;
  fileName: string;
  log: SeedEntry[];
  /** With RVU24B imported beside RVU25D; without it 90834's old value is an unexplained difference. */
  expected: (withRvu24b: boolean) => Expected[];
  provider?: string;
  windowDays: number;
};

export const FAKE_PATIENTS = [
  ['ZEBULON QUARTERMAINE', 'MRN-Q7731904', '03/14/1961', 'ACCT-55012871'],
  ['PERPETUA FAIRWEATHER', 'MRN-F2208815', '11/02/1948', 'ACCT-55012872'],
  ['OCTAVIUS BRIMBLECOMBE', 'MRN-B9916022', '07/29/1975', 'ACCT-55012873'],
  ['HORTENSIA VANDERQUIST', 'MRN-V4410387', '01/05/1990', 'ACCT-55012874'],
  ['BARNABY THISTLEWAITE', 'MRN-T6603149', '09/17/1983', 'ACCT-55012875'],
] as const;
/** Strings that must never be found in the database after importing any fixture. */
export const PHI_MARKERS = FAKE_PATIENTS.flatMap((p) => [p[0], p[1], p[3], p[0].split(' ')[1]]);

const patient = (i: number) => FAKE_PATIENTS[i % FAKE_PATIENTS.length];
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = (rows: string[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

// ─── A: Epic-style, title lines, four modifier columns, service and post dates, two providers ──
const ME = 'SMITH, JANE MD';
const OTHER = 'JONES, PAT DO';
type ALine = [string, string, string, string, string, string, string, string?];
// provider, DOS, CPT, mod1, mod2, units, wRVU, department
const A_LINES: ALine[] = [
  [ME, '10/06/2025', '99213', '', '', '1', '1.30'],
  [OTHER, '10/06/2025', '99285', '', '', '1', '4.00'],
  [ME, '10/07/2025', '99214', '25', '', '1', '1.92'],
  [ME, '10/08/2025', '27447', 'RT', '', '1', '19.60'],
  [ME, '10/10/2025', '20610', '', '', '1', '0.79'],
  [ME, '10/14/2025', '27130', '80', '', '1', '3.14'],
  [ME, '10/15/2025', '11042', '', '', '1', '1.01'],
  [ME, '10/15/2025', '11045', '', '', '2', '1.00'],
  [ME, '10/16/2025', '27447', 'LT', '', '1', '19.60'],
  [ME, '10/16/2025', '20610', '', '', '1', '0.79'],
  [ME, '10/17/2025', '11042', '', '', '1', '0.51'],
  [ME, '10/17/2025', '12002', '', '', '1', '1.14'],
  [ME, '10/20/2025', '90834', '', '', '1', '2.35'],
  [ME, '10/21/2025', '99214', '', '', '1', '1.00'],
  [ME, '10/22/2025', '99213', '', '', '1', '1.30'],
  [ME, '10/22/2025', '99213', '', '', '-1', '(1.30)'],
  [OTHER, '10/23/2025', '99284', '', '', '1', '2.60'],
];

export function epicCsv(): string {
  const header = [
    'Patient Name',
    'MRN',
    'DOB',
    'Account #',
    'Billing Provider',
    'Service Date',
    'Post Date',
    'CPT Code',
    'Mod 1',
    'Mod 2',
    'Mod 3',
    'Mod 4',
    'Units',
    'Work RVU',
    'Total RVU',
    'Department',
  ];
  const rows: string[][] = [
    ['Provider Productivity Detail - October 2025'],
    ['Run 11/03/2025 by billing office'],
    [],
    header,
  ];
  A_LINES.forEach(([provider, dos, cpt, m1, m2, units, wrvu], i) => {
    const p = patient(i);
    const [mm, dd, yyyy] = dos.split('/');
    const post = `${yyyy}-${mm}-${String(Math.min(Number(dd) + 2, 28)).padStart(2, '0')}`;
    rows.push([
      p[0],
      p[1],
      p[2],
      p[3],
      provider,
      dos,
      post,
      cpt,
      m1,
      m2,
      '',
      '',
      units,
      wrvu,
      '',
      'ORTHO SURG',
    ]);
    if (i === 6) rows.push([]); // a blank line mid-report
  });
  rows.push(['Grand Total', '', '', '', '', '', '', '', '', '', '', '', '17', '1,234.56', '2,468.00', '']);
  return csv(rows);
}

export const EPIC: ReportFixture = {
  name: 'Epic-style CSV: four modifier columns, service and post dates, two providers, totals row',
  fileName: 'productivity-oct-2025.csv',
  provider: ME,
  windowDays: 3,
  log: [
    { date: '2025-10-06', code: '99213', encounter: 'a1' },
    { date: '2025-10-07', code: '99214', modifiers: ['25'], encounter: 'a2' },
    { date: '2025-10-08', code: '27447', modifiers: ['RT'], encounter: 'a3' },
    { date: '2025-10-09', code: '99232', encounter: 'a4' },
    { date: '2025-10-14', code: '27130', encounter: 'a5' },
    { date: '2025-10-15', code: '11042', encounter: 'a6' },
    { date: '2025-10-15', code: '11045', encounter: 'a6' },
    { date: '2025-10-16', code: '27447', modifiers: ['LT'], encounter: 'a7' },
    { date: '2025-10-16', code: '20610', encounter: 'a7' },
    { date: '2025-10-17', code: '11042', encounter: 'a8' },
    { date: '2025-10-17', code: '12002', encounter: 'a9' },
    { date: '2025-10-20', code: '90834', encounter: 'a10' },
    { date: '2025-10-21', code: '99214', encounter: 'a11' },
  ],
  expected: (withRvu24b) => [
    { category: 'log-only', cause: 'missed-charge', date: '2025-10-09', code: '99232' },
    { category: 'report-only', cause: 'not-logged', date: '2025-10-10', code: '20610' },
    { category: 'credited-differently', cause: 'modifier', date: '2025-10-14', code: '27130' },
    { category: 'credited-differently', cause: 'units', date: '2025-10-15', code: '11045' },
    { category: 'credited-differently', cause: 'multiple-procedure', date: '2025-10-16', code: '20610' },
    { category: 'credited-differently', cause: 'multiple-procedure', date: '2025-10-17', code: '11042' },
    {
      category: 'credited-differently',
      cause: withRvu24b ? 'other-release' : 'unexplained',
      date: '2025-10-20',
      code: '90834',
    },
    { category: 'credited-differently', cause: 'unexplained', date: '2025-10-21', code: '99214' },
  ],
};

// ─── B: athena-style, post dates only (1-2 days late), one modifier column, M/D/YY ──────────
export function athenaCsv(): string {
  const rows: string[][] = [
    ['Post Date', 'Patient', 'Patient ID', 'CPT', 'Modifiers', 'Qty', 'wRVUs', 'Location'],
    ['11/5/25', patient(0)[0], patient(0)[1], '99213', '', '1', '1.30', 'Main Clinic'],
    ['11/6/25', patient(1)[0], patient(1)[1], '64483', '50', '1', '2.85', 'Pain Center'],
    ['11/12/25', patient(2)[0], patient(2)[1], '99203', '', '1', '1.60', 'Main Clinic'],
    ['', '', '', '', '', '', '', ''],
    ['11/14/25', patient(3)[0], patient(3)[1], '71046', '26, 59', '1', '0.22', 'Radiology'],
  ];
  return csv(rows);
}

export const ATHENA: ReportFixture = {
  name: 'athena-style CSV: post dates only, one modifier column, M/D/YY',
  fileName: 'athena-november.csv',
  windowDays: 3,
  log: [
    { date: '2025-11-03', code: '99213', encounter: 'b1' },
    { date: '2025-11-04', code: '64483', encounter: 'b2' },
    { date: '2025-11-10', code: '99214', encounter: 'b3' },
    { date: '2025-11-13', code: '71046', modifiers: ['26'], encounter: 'b4' },
  ],
  expected: () => [
    { category: 'credited-differently', cause: 'modifier', date: '2025-11-06', code: '64483' },
    { category: 'log-only', cause: 'missed-charge', date: '2025-11-10', code: '99214' },
    { category: 'report-only', cause: 'not-logged', date: '2025-11-12', code: '99203' },
  ],
};

// ─── C: XLSX with Excel serial dates (numbers, and one real date cell), totals row ────────────
export const excelSerial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

export function cernerRows(): (string | number | Date)[][] {
  return [
    ['Cerner Provider RVU Report'],
    ['DOS', 'Procedure Code', 'Modifier', 'Units', 'wRVU', 'Total RVU', 'MRN', 'Patient Name'],
    [excelSerial('2025-12-01'), '99223', '', 1, 3.5, 5.12, patient(0)[1], patient(0)[0]],
    [excelSerial('2025-12-02'), '99233', '', 1, 2.4, 3.51, patient(1)[1], patient(1)[0]],
    [new Date(Date.UTC(2025, 11, 3)), '99291', '', 1, 4.5, 6.23, patient(2)[1], patient(2)[0]],
    [excelSerial('2025-12-04'), '99292', '', 1, 2.25, 3.1, patient(2)[1], patient(2)[0]],
    [],
    [excelSerial('2025-12-05'), '71046', '26', 1, 0.22, 0.3, patient(3)[1], patient(3)[0]],
    ['Total', '', '', 5, 12.87, 18.26, '', ''],
  ];
}

export const CERNER: ReportFixture = {
  name: 'Cerner-style XLSX: Excel serial dates, totals row',
  fileName: 'cerner-december.xlsx',
  windowDays: 0,
  log: [
    { date: '2025-12-01', code: '99223', encounter: 'c1' },
    { date: '2025-12-02', code: '99233', encounter: 'c2' },
    { date: '2025-12-03', code: '99291', encounter: 'c3' },
    { date: '2025-12-05', code: '71046', modifiers: ['26'], encounter: 'c5' },
    { date: '2025-12-02', code: '99232', encounter: 'c6' },
  ],
  expected: () => [
    { category: 'report-only', cause: 'not-logged', date: '2025-12-04', code: '99292' },
    { category: 'log-only', cause: 'missed-charge', date: '2025-12-02', code: '99232' },
  ],
};
