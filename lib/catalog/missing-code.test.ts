import { describe, expect, it } from 'vitest';
import { codeShaped, notInCatalogMessage } from './missing-code';

describe('a code the catalog lacks', () => {
  it('is recognised as a code only when it has five letters or digits', () => {
    expect(codeShaped(' 27570 ')).toBe('27570');
    expect(codeShaped('j2820')).toBe('J2820');
    expect(codeShaped('27-4')).toBeNull();
    expect(codeShaped('knee')).toBeNull();
  });

  it('names the releases searched, never the code format', () => {
    expect(notInCatalogMessage('ZZZZZ', ['RVU23A', 'RVU24B', 'RVU25D'])).toMatch(
      /^ZZZZZ is not in any imported CMS fee-schedule release \(RVU23A to RVU25D\) nor in the imported HCPCS Level II and ASP files\. If CMS added it later, import the newer release/,
    );
    expect(notInCatalogMessage('ZZZZZ', ['RVU25D'])).toContain('(RVU25D)');
    expect(notInCatalogMessage('ZZZZZ', [])).toBe(
      'ZZZZZ is not in the catalog: no CMS fee-schedule release is imported yet.',
    );
  });
});
