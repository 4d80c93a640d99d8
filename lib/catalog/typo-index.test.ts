// The in-memory word index behind typo search (pure parts: no database).
import { describe, expect, it } from 'vitest';
import { buildTypoIndex, corrections, slipDistances } from './typo-index';

describe('slipDistances', () => {
  it('counts one slip of each kind, and two, within the bound', () => {
    expect(slipDistances('colonscopy', 'colonoscopy', 2)[0]).toBe(1); // a letter missing
    expect(slipDistances('kneee', 'knee', 1)[0]).toBe(1); // a letter extra
    expect(slipDistances('arthroplasty', 'arthroplasty', 2)[0]).toBe(0);
    expect(slipDistances('arhtroplasty', 'arthroplasty', 2)[0]).toBe(1); // neighbours swapped
    expect(slipDistances('artroplsty', 'arthroplasty', 2)[0]).toBe(2);
    expect(slipDistances('knee', 'kidney', 1)[0]).toBe(2); // above the bound: max + 1
  });

  it('measures the start of a longer word too', () => {
    const [whole, prefix, length] = slipDistances('colonscop', 'colonoscopy', 2);
    expect(whole).toBe(2);
    expect(prefix).toBe(1);
    expect('colonoscopy'.slice(0, length)).toBe('colonoscop');
  });
});

describe('corrections', () => {
  const index = buildTypoIndex([
    '45378 diagnostic colonoscopy colonoscopy screening',
    '45380 colonoscopy and biopsy',
    '27447 total knee arthroplasty tka total knee replacement',
    'a0001 total replacment of something', // a misspelling as published
    '43239 egd biopsy',
  ]);

  it('returns a word the catalog has often as it is', () => {
    expect(corrections(index, 'total')).toEqual([{ spelling: 'total', score: 1 }]);
  });

  it('returns the closest spellings, scored by distance over length', () => {
    expect(corrections(index, 'colonscopy')).toEqual([{ spelling: 'colonoscopy', score: 0.9 }]);
    expect(corrections(index, 'biopsi')).toEqual([{ spelling: 'biopsy', score: 1 - 1 / 6 }]);
    expect(corrections(index, 'zzzzzz')).toEqual([]);
  });

  it('keeps a rare word as typed but also offers its near spellings', () => {
    expect(corrections(index, 'replacment').map((c) => c.spelling)).toEqual(['replacment', 'replacement']);
  });

  it('knows whether a word occurs anywhere in the catalog', () => {
    expect(index.text.includes('arthro')).toBe(true);
    expect(index.text.includes('colonscopy')).toBe(false);
  });
});
