import { describe, expect, it } from 'vitest';
import { resolveSpecialty } from '@/lib/benchmarks/specialties';
import { CMS_PROVIDER_TYPE_TO_SPECIALTY, specialtyForProviderType } from './specialty-map';

describe('CMS provider type -> Benchline specialty', () => {
  it('maps only to canonical specialty names, one CMS type per specialty', () => {
    const targets = Object.values(CMS_PROVIDER_TYPE_TO_SPECIALTY);
    for (const t of targets) expect(resolveSpecialty(t)).toBe(t);
    expect(new Set(targets).size).toBe(targets.length);
  });

  it('ignores case and spacing, and leaves non-physician types unmapped', () => {
    expect(specialtyForProviderType('allergy/immunology')).toBe('Allergy and immunology');
    expect(specialtyForProviderType('Nurse Practitioner')).toBeNull();
  });
});
