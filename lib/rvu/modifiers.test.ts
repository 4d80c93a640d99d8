// The modifier list the UI offers and the parser shared by quick log, CSV import and the CLI;
// also checks that `affectsWrvu` tells the truth about the engine (CMS PFS RVU25D values).
import { describe, expect, it } from 'vitest';
import { catalogFor, line } from './__fixtures__/rvu25d';
import { priceLines } from './engine';
import { MODIFIER_BY_CODE, MODIFIERS, parseModifiers } from './modifiers';
import { DEFAULT_POLICY } from './types';

describe('parseModifiers', () => {
  it.each([
    ['50-62', ['50', '62']],
    ['80 LT', ['80', 'LT']],
    ['rt,59', ['RT', '59']],
    [' 26 , tc ', ['26', 'TC']],
    ['xs - 59\t25', ['XS', '59', '25']],
    ['', []],
    ['   ', []],
  ])('reads %j', (input, expected) => {
    expect(parseModifiers(input)).toEqual({ modifiers: expected, errors: [] });
  });

  it('drops repeats', () => {
    expect(parseModifiers('50 50-50').modifiers).toEqual(['50']);
  });

  it('reports ill-formed tokens and keeps the good ones', () => {
    const parsed = parseModifiers('5062 80 x $1');
    expect(parsed.modifiers).toEqual(['80']);
    expect(parsed.errors).toHaveLength(3);
    expect(parsed.errors[0]).toBe(
      '"5062" is not a modifier: modifiers are 2 letters or digits, separated by spaces, hyphens or commas',
    );
  });

  it('reports well-formed but unknown modifiers', () => {
    expect(parseModifiers('50 ZZ')).toEqual({ modifiers: ['50'], errors: ['Unknown modifier "ZZ"'] });
  });
});

describe('MODIFIERS', () => {
  const required = [
    '22',
    '26',
    'TC',
    '50',
    '51',
    '52',
    '53',
    '54',
    '55',
    '56',
    '59',
    '62',
    '66',
    '76',
    '77',
    '78',
    '79',
    '80',
    '81',
    '82',
    'AS',
    'LT',
    'RT',
    'XE',
    'XS',
    'XP',
    'XU',
    '25',
    '57',
    '58',
    '24',
    'GC',
    'FS',
  ];

  it('offers every modifier the quick log needs, once each, with an explanation', () => {
    for (const code of required) expect(MODIFIER_BY_CODE.has(code), code).toBe(true);
    expect(new Set(MODIFIERS.map((m) => m.code)).size).toBe(MODIFIERS.length);
    for (const m of MODIFIERS) {
      expect(m.code).toMatch(/^[A-Z0-9]{2}$/);
      expect(m.explanation.length).toBeGreaterThan(5);
    }
  });

  it('marks exactly the modifiers the engine acts on', () => {
    const affecting = MODIFIERS.filter((m) => m.affectsWrvu)
      .map((m) => m.code)
      .sort();
    expect(affecting).toEqual(
      ['22', '26', '50', '52', '53', '54', '55', '56', '62', '80', '81', '82', 'AS', 'TC'].sort(),
    );
  });

  it('modifiers marked as not affecting wRVU leave 27447 (19.60) unchanged', () => {
    const neutral = MODIFIERS.filter((m) => !m.affectsWrvu);
    const results = priceLines({
      lines: neutral.map((m) => line('27447', m.code, { encounterKey: m.code })),
      catalogFor,
      policy: DEFAULT_POLICY,
    });
    for (const r of results) expect(r.creditedWrvu).toBe(19.6);
  });

  it.each(['50', '52', '54', '55', '56', '62', '80', '81', '82', 'AS'])(
    '%s changes the credit of 27447',
    (mod) => {
      const [r] = priceLines({ lines: [line('27447', mod)], catalogFor, policy: DEFAULT_POLICY });
      expect(r.creditedWrvu).not.toBe(19.6);
    },
  );
});
