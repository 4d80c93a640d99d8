import { describe, expect, it } from 'vitest';
import { SPECIALTIES, resolveSpecialty } from './specialties';

describe('specialties', () => {
  it('has about fifty unique canonical names', () => {
    const names = SPECIALTIES.map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(50);
    expect(new Set(names).size).toBe(names.length);
  });

  it('resolves every name and alias to its own specialty (no alias is claimed twice)', () => {
    for (const s of SPECIALTIES) {
      for (const n of [s.name, ...s.aliases]) expect(resolveSpecialty(n), n).toBe(s.name);
    }
  });

  it('ignores case, spacing, "&" and dash variants', () => {
    expect(resolveSpecialty('  obstetrics & GYNECOLOGY ')).toBe('Obstetrics and gynecology');
    expect(resolveSpecialty('Cardiology – electrophysiology')).toBe('Cardiology - electrophysiology');
    expect(resolveSpecialty('cardiology-interventional')).toBe('Cardiology - interventional');
    expect(resolveSpecialty('PM&R')).toBe('Physical medicine and rehabilitation');
    expect(resolveSpecialty('Astrology')).toBeNull();
    expect(resolveSpecialty('')).toBeNull();
  });
});
