import { describe, expect, it } from 'vitest';
import { BENCHMARK_CSV_TEMPLATE, parseBenchmarkCsv, type BenchmarkCsvResult } from './csv';

const HEADER = 'specialty,segment,metric,p10,p25,p50,p75,p90,mean,respondents';

function rowsOf(result: BenchmarkCsvResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.rows;
}
function errorsOf(result: BenchmarkCsvResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseBenchmarkCsv: valid files', () => {
  it('parses the documented template, with file line numbers', () => {
    const rows = rowsOf(parseBenchmarkCsv(BENCHMARK_CSV_TEMPLATE));
    const headerLine = BENCHMARK_CSV_TEMPLATE.split('\n').indexOf(HEADER) + 1;
    expect(rows).toEqual([
      {
        line: headerLine + 1,
        specialty: 'Family medicine',
        segment: 'all',
        metric: 'wrvu_per_fte',
        p10: null,
        p25: 4000,
        p50: 5000,
        p75: 6000,
        p90: 7000,
        mean: null,
        respondents: null,
      },
      {
        line: headerLine + 2,
        specialty: 'Cardiology',
        segment: 'academic',
        metric: 'wrvu_per_fte',
        p10: 5000,
        p25: 6000,
        p50: 7500,
        p75: 9000,
        p90: 11000,
        mean: 7600,
        respondents: 120,
      },
    ]);
  });

  it('resolves aliases case-insensitively and fills defaults', () => {
    const csv = ['Specialty,P50,Respondents', 'ob/gyn,"6,500",12', 'FAMILY MEDICINE,5000.5,'].join('\n');
    const rows = rowsOf(parseBenchmarkCsv(csv));
    expect(rows[0]).toMatchObject({
      specialty: 'Obstetrics and gynecology',
      segment: 'all',
      metric: 'wrvu_per_fte',
      p50: 6500,
      respondents: 12,
    });
    expect(rows[1]).toMatchObject({
      specialty: 'Family medicine',
      p50: 5000.5,
      p25: null,
      respondents: null,
    });
  });

  it('accepts CRLF, a BOM, blank lines, padded trailing cells and equal neighbouring percentiles', () => {
    const csv = `\uFEFF${HEADER}\r\n\r\nCardiology,all,,,7000,7000,9000,,,,,\r\n`;
    const rows = rowsOf(parseBenchmarkCsv(csv));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 3, p25: 7000, p50: 7000, p75: 9000 });
  });
});

describe('parseBenchmarkCsv: errors', () => {
  it('lists every bad row with its line and column, and returns no rows', () => {
    const csv = [
      '# comment lines count as lines', //                      1
      HEADER, //                                                2
      'Family medicine,all,,,4000,5000,6000,7000,,', //         3 ok
      'Astrology,all,,,1,2,3,4,,', //                           4 unknown specialty
      'Cardiology,all,,,7000,-5,9000,,,', //                    5 negative
      'Neurology,all,,,abc,5000,,,,', //                        6 not a number
      'Urology,all,,,8000,7000,9000,,,', //                     7 decreasing
      'Dermatology,all,,,,,,,,40', //                           8 no statistic
      'fm,ALL,,,1,2,3,4,,', //                                  9 duplicate of line 3 (alias, segment case)
      'Psychiatry,all,,,1,2', //                                10 too few fields
      'Pathology,all,rvu_total,,1,2,3,4,,', //                  11 unknown metric
      'Nephrology,all,,,1,2,3,4,,12.5', //                      12 respondents not whole
      'Urgent care,all,,,1,2.123,3,4,,', //                     13 three decimals
      ',all,,,1,2,3,4,,', //                                    14 no specialty
    ].join('\n');
    const errors = errorsOf(parseBenchmarkCsv(csv));
    const at = (line: number) => errors.filter((e) => e.line === line);
    expect(at(3)).toEqual([]);
    expect(at(4)).toEqual([
      { line: 4, column: 'specialty', message: expect.stringContaining('Unknown specialty "Astrology"') },
    ]);
    expect(at(5)).toEqual([{ line: 5, column: 'p50', message: expect.stringContaining('negative') }]);
    expect(at(6)).toEqual([{ line: 6, column: 'p25', message: expect.stringContaining('not a number') }]);
    expect(at(7)).toEqual([
      { line: 7, column: 'p50', message: expect.stringContaining('must not decrease') },
    ]);
    expect(at(8)).toEqual([{ line: 8, message: expect.stringContaining('no statistic') }]);
    expect(at(9)).toEqual([{ line: 9, message: expect.stringContaining('Duplicate of line 3') }]);
    expect(at(10)).toEqual([{ line: 10, message: 'Expected 10 fields, found 6.' }]);
    expect(at(11)).toEqual([
      { line: 11, column: 'metric', message: expect.stringContaining('Unknown metric') },
    ]);
    expect(at(12)).toEqual([
      { line: 12, column: 'respondents', message: expect.stringContaining('whole number') },
    ]);
    expect(at(13)).toEqual([
      { line: 13, column: 'p50', message: expect.stringContaining('more than 2 decimals') },
    ]);
    expect(at(14)).toEqual([{ line: 14, column: 'specialty', message: 'Specialty is required.' }]);
    expect(errors).toHaveLength(11);
  });

  it('checks every percentile against the highest one before it', () => {
    const errors = errorsOf(parseBenchmarkCsv(`${HEADER}\nCardiology,all,,5000,6000,5500,5900,6100,,`));
    expect(errors.map((e) => e.column)).toEqual(['p50', 'p75']);
    expect(errors[1].message).toContain('p75 (5900) is below p25 (6000)');
  });

  it('keeps counting lines through quoted multi-line cells', () => {
    const csv = `${HEADER}\nCardiology,"two\nlines",,,1,2,3,4,,\nUrology,all,,,4,3,,,,`;
    expect(errorsOf(parseBenchmarkCsv(csv))).toEqual([
      { line: 4, column: 'p50', message: expect.any(String) },
    ]);
  });

  it('rejects a bad header before looking at rows', () => {
    expect(errorsOf(parseBenchmarkCsv('specialty,p50,p55\nCardiology,1,2'))).toEqual([
      { line: 1, column: 'p55', message: expect.stringContaining('Unknown column "p55"') },
    ]);
    expect(errorsOf(parseBenchmarkCsv('segment,p50\nall,1'))[0]).toMatchObject({ column: 'specialty' });
    expect(errorsOf(parseBenchmarkCsv('specialty,p50,P50\nCardiology,1,2'))[0].message).toContain(
      'appears twice',
    );
  });

  it('rejects empty files and files without data rows', () => {
    expect(errorsOf(parseBenchmarkCsv(''))).toEqual([{ line: 1, message: 'The file has no header row.' }]);
    expect(errorsOf(parseBenchmarkCsv('# only a comment\n\n'))[0].message).toContain('no header');
    expect(errorsOf(parseBenchmarkCsv(`# note\n${HEADER}\n`))).toEqual([
      { line: 2, message: 'The file has no data rows.' },
    ]);
  });

  it('reports CSV syntax errors with their line', () => {
    const errors = errorsOf(
      parseBenchmarkCsv(`${HEADER}\nCardiology,all,,,1,2,3,4,,\nUrology,"unterminated,,,1,2,3,4,,`),
    );
    expect(errors.some((e) => e.line === 3 && e.message.startsWith('CSV syntax'))).toBe(true);
  });
});
