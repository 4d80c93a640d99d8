import { describe, expect, it } from 'vitest';
import { allCategories, categorize, categoryLabel } from './category';

const slug = (code: string) => categorize(code).slug;

describe('categorize', () => {
  it('places E/M codes', () => {
    expect(categorize('99213')).toEqual({ slug: 'em', label: 'Evaluation and Management (E/M)' });
    expect(slug('99202')).toBe('em');
    expect(slug('99499')).toBe('em');
  });

  it('places anesthesia codes', () => {
    expect(slug('00100')).toBe('anesthesia');
    expect(slug('01999')).toBe('anesthesia');
  });

  it('splits surgery by body system at the range edges', () => {
    const cases: [string, string][] = [
      ['10004', 'surgery-integumentary'],
      ['19499', 'surgery-integumentary'],
      ['20100', 'surgery-musculoskeletal'],
      ['27447', 'surgery-musculoskeletal'],
      ['29999', 'surgery-musculoskeletal'],
      ['30000', 'surgery-respiratory'],
      ['32999', 'surgery-respiratory'],
      ['33016', 'surgery-cardiovascular'],
      ['33533', 'surgery-cardiovascular'],
      ['37799', 'surgery-cardiovascular'],
      ['38100', 'surgery-hemic-lymphatic'],
      ['38999', 'surgery-hemic-lymphatic'],
      ['39000', 'surgery-mediastinum-diaphragm'],
      ['39599', 'surgery-mediastinum-diaphragm'],
      ['40490', 'surgery-digestive'],
      ['43239', 'surgery-digestive'],
      ['47562', 'surgery-digestive'],
      ['49999', 'surgery-digestive'],
      ['50010', 'surgery-urinary'],
      ['53899', 'surgery-urinary'],
      ['54000', 'surgery-male-genital'],
      ['55899', 'surgery-male-genital'],
      ['56405', 'surgery-female-genital-maternity'],
      ['59899', 'surgery-female-genital-maternity'],
      ['60000', 'surgery-endocrine'],
      ['60699', 'surgery-endocrine'],
      ['61000', 'surgery-nervous'],
      ['64999', 'surgery-nervous'],
      ['65091', 'surgery-eye'],
      ['66984', 'surgery-eye'],
      ['68899', 'surgery-eye'],
      ['69000', 'surgery-ear'],
      ['69979', 'surgery-ear'],
    ];
    for (const [code, expected] of cases) expect(slug(code), code).toBe(expected);
  });

  it('places radiology, pathology/lab and medicine', () => {
    expect(slug('70010')).toBe('radiology');
    expect(slug('71046')).toBe('radiology');
    expect(slug('79999')).toBe('radiology');
    expect(slug('80047')).toBe('pathology-lab');
    expect(slug('89398')).toBe('pathology-lab');
    expect(slug('0001U')).toBe('pathology-lab');
    expect(slug('90281')).toBe('medicine');
    expect(slug('96365')).toBe('medicine');
    expect(slug('99199')).toBe('medicine');
    expect(slug('99500')).toBe('medicine');
    expect(slug('99607')).toBe('medicine');
  });

  it('places CPT Category II and III', () => {
    expect(slug('0001F')).toBe('category-ii');
    expect(slug('0042T')).toBe('category-iii');
  });

  it('places codes in the gaps between sections as other CPT', () => {
    expect(slug('69990')).toBe('cpt-other');
    expect(slug('99200')).toBe('cpt-other');
    expect(slug('80000')).toBe('cpt-other');
  });

  it('places HCPCS Level II codes by letter, J codes on their own', () => {
    expect(categorize('J2820')).toEqual({ slug: 'j-codes', label: 'J Codes (Drugs)' });
    expect(slug('j9035')).toBe('j-codes');
    expect(categorize('G0105')).toEqual({
      slug: 'hcpcs-g',
      label: 'HCPCS G: Procedures and Professional Services (Temporary)',
    });
    expect(slug('A0021')).toBe('hcpcs-a');
    expect(slug('Q9997')).toBe('hcpcs-q');
    expect(slug('V5364')).toBe('hcpcs-v');
  });

  it('falls back for anything else', () => {
    expect(slug('I1234')).toBe('other');
    expect(slug('ABC')).toBe('other');
    expect(slug('')).toBe('other');
  });

  it('labels every stored slug and lists the categories once each', () => {
    const list = allCategories();
    expect(new Set(list.map((c) => c.slug)).size).toBe(list.length);
    expect(list.find((c) => c.slug === 'em')?.label).toBe(categoryLabel('em'));
    expect(categoryLabel('no-such-slug')).toBe('Other Codes');
  });
});
