import { describe, expect, it } from 'vitest';
import { headerKey, mappingProblems, recogniseMapping } from './fields';
import { locateHeaderRow, parseReport } from './parse';

describe('recogniseMapping', () => {
  it('recognises common header spellings and leaves patient columns unmapped', () => {
    const headers = [
      'Patient Name',
      'MRN',
      'DOS',
      'Post Dt',
      'CPT/HCPCS',
      'Mod1',
      'Mod2',
      'Qty',
      'wRVUs',
      'Total RVUs',
      'Dept',
      'Rendering Provider',
    ];
    expect(recogniseMapping(headers)).toEqual({
      serviceDate: 2,
      postDate: 3,
      code: 4,
      modifiers: [5, 6],
      units: 7,
      workRvu: 8,
      totalRvu: 9,
      location: 10,
      provider: 11,
    });
  });

  it('says what is missing when there is no code or date column', () => {
    const m = recogniseMapping(['Patient', 'MRN', 'Charges']);
    expect(mappingProblems(m, 3)).toEqual([
      'Choose the column that holds the CPT / HCPCS code.',
      'Choose the column that holds the date of service (or the post date).',
    ]);
    expect(mappingProblems({ code: 0, serviceDate: 0, modifiers: [] }, 3)).toEqual([
      'Each column can be mapped to one field only.',
    ]);
  });

  it('keys a layout by its headers, ignoring case and punctuation', () => {
    expect(headerKey(['CPT Code', 'Service Date'])).toBe(headerKey(['cpt code', 'SERVICE-DATE']));
    expect(headerKey(['CPT Code', 'Service Date'])).not.toBe(headerKey(['Service Date', 'CPT Code']));
  });
});

describe('parseReport', () => {
  const rows = [
    ['Productivity report'],
    ['Patient', 'DOS', 'CPT', 'Modifier', 'Units', 'wRVU'],
    ['ZED Q', '10/06/2025', '99213', '', '1', '1.30'],
    ['ZED Q', 'yesterday', '99214', '', '1', '1.92'],
    ['ZED Q', '10/07/2025', '27447-RT', '', '1', '19.60'],
    ['ZED Q', '10/07/2025', '99213', '25 XS', '1.0', '1.30'],
    ['ZED Q', '10/08/2025', '9921', '', '1', '1.30'],
    ['ZED Q', '10/08/2025', '99213', '', 'two', '1.30'],
    ['', '', '', '', '', ''],
    ['Total', '', '', '', '4', '1,234.56'],
  ];
  it('finds the header under a title line and reports each unreadable line with its number', () => {
    const header = locateHeaderRow(rows)!;
    expect(header).toBe(1);
    const parsed = parseReport(rows, header, recogniseMapping(rows[header]));
    expect(parsed.lines.map((l) => [l.row, l.code, l.modifiers, l.units])).toEqual([
      [3, '99213', [], 1],
      [5, '27447', ['RT'], 1],
      [6, '99213', ['25', 'XS'], 1],
    ]);
    expect(parsed.errors).toEqual([
      {
        row: 4,
        message: 'date of service "yesterday" is not a date (use 10/14/2025, 2025-10-14 or an Excel date)',
      },
      { row: 7, message: '"9921" is not a CPT / HCPCS code (5 letters or digits)' },
      { row: 8, message: 'units "two" are not a whole number from 1 to 999' },
    ]);
    expect(parsed.skipped).toEqual({ blank: 1, totals: 1, otherProviders: 0, reversed: 0 });
    expect(parsed.period).toEqual({ from: '2025-10-06', to: '2025-10-07' });
  });

  it('keeps nothing from unmapped columns', () => {
    const parsed = parseReport(rows, 1, recogniseMapping(rows[1]));
    expect(JSON.stringify(parsed)).not.toContain('ZED');
  });
});
