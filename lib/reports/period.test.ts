import { describe, expect, it } from 'vitest';
import { contentDisposition, reportFileName, resolvePeriod } from './period';
import { queryInput, reportQuerySchema } from './schemas';

describe('report periods', () => {
  it('resolves ranges exactly as the dashboard does', () => {
    expect(resolvePeriod({ kind: 'fytd', fiscalYearStartMonth: 7, today: '2025-11-27' })).toMatchObject({
      from: '2025-07-01',
      to: '2025-11-27',
    });
    expect(resolvePeriod({ kind: 'fytd', fiscalYearStartMonth: 1, today: '2025-11-27' })).toMatchObject({
      from: '2025-01-01',
      to: '2025-11-27',
    });
    expect(resolvePeriod({ kind: '12m', fiscalYearStartMonth: 1, today: '2025-11-27' })).toMatchObject({
      from: '2024-11-28',
      to: '2025-11-27',
    });
    expect(
      resolvePeriod({
        kind: 'custom',
        from: '2025-01-01',
        to: '2099-01-01',
        fiscalYearStartMonth: 1,
        today: '2025-11-27',
      }).to,
    ).toBe('2025-11-27');
  });

  it('names files after the period and the contents', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    expect(
      reportFileName({ period, format: 'csv', layout: 'standard', contents: ['entries', 'summary'] }),
    ).toBe('benchline-2025-entries.csv');
    expect(reportFileName({ period, format: 'csv', layout: 'standard', contents: ['summary'] })).toBe(
      'benchline-2025-summary.csv',
    );
    expect(reportFileName({ period, format: 'xlsx', layout: 'case-log', contents: ['entries'] })).toBe(
      'benchline-2025-case-log.xlsx',
    );
    expect(
      reportFileName({
        period: { from: '2024-07-01', to: '2025-06-30' },
        format: 'pdf',
        layout: 'standard',
        contents: ['entries'],
      }),
    ).toBe('benchline-2024-2025-report.pdf');
    expect(
      reportFileName({
        period,
        format: 'csv',
        layout: 'standard',
        contents: ['entries'],
        groupSlug: 'Acme "Ortho"/..',
      }),
    ).toBe('benchline-2025-group-acme-ortho.csv');
    expect(contentDisposition('benchline-2025-entries.csv')).toBe(
      'attachment; filename="benchline-2025-entries.csv"',
    );
  });
});

describe('export query', () => {
  const parse = (format: string, qs: string) =>
    reportQuerySchema.safeParse(queryInput(format, new URLSearchParams(qs)));

  it('accepts the page form and the API short form', () => {
    const form = parse(
      'csv',
      'range=custom&from=2025-01-01&to=2025-03-31&contents=entries&contents=benchmarks&layout=standard&scope=me',
    );
    expect(form.success && form.data).toMatchObject({
      range: 'custom',
      contents: ['entries', 'benchmarks'],
      scope: { kind: 'me' },
    });
    const short = parse('xlsx', 'from=2025-01-01&to=2025-03-31&contents=summary,entries&scope=group:org_123');
    expect(short.success && short.data).toMatchObject({
      range: 'custom',
      contents: ['entries', 'summary'],
      scope: { kind: 'group', organizationId: 'org_123' },
    });
    const defaults = parse('pdf', '');
    expect(defaults.success && defaults.data).toMatchObject({
      range: 'fytd',
      layout: 'standard',
      contents: ['entries', 'summary', 'benchmarks'],
    });
    // Empty custom dates with a preset period (the form always sends them) are fine.
    expect(parse('csv', 'range=12m&from=&to=').success).toBe(true);
  });

  it('refuses bad input with field errors', () => {
    expect(parse('docx', '').success).toBe(false);
    expect(parse('csv', 'from=2025-02-30&to=2025-03-01').success).toBe(false);
    expect(parse('csv', 'from=2025-03-01&to=2025-01-01').success).toBe(false);
    expect(parse('csv', 'range=custom&from=2025-01-01').success).toBe(false);
    expect(parse('csv', 'contents=patients').success).toBe(false);
    expect(parse('csv', 'layout=fancy').success).toBe(false);
    expect(parse('csv', 'scope=user:someone-else').success).toBe(false);
    expect(parse('csv', "scope=group:x' or 1=1").success).toBe(false);
  });
});
