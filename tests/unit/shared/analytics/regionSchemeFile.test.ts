// Region scheme files: the format read and written, and each kind of bad file refused.
import { describe, expect, it } from 'vitest';
import { parseRegionSchemeFile, regionSchemeToJson } from '@shared/analytics';

const EMEA = {
  name: 'Secretariat regions',
  groups: {
    Europe: ['FR', 'de'],
    'Middle East and Africa': ['KE', 'EG'],
    Americas: ['BR'],
    Asia: [],
  },
};

describe('parseRegionSchemeFile', () => {
  it('reads the format, upper-casing codes and keeping empty groups', () => {
    const r = parseRegionSchemeFile(`\uFEFF${JSON.stringify(EMEA)}`);
    expect(r).toEqual({
      ok: true,
      value: {
        name: 'Secretariat regions',
        groups: [
          { label: 'Europe', countries: ['FR', 'DE'] },
          { label: 'Middle East and Africa', countries: ['KE', 'EG'] },
          { label: 'Americas', countries: ['BR'] },
          { label: 'Asia', countries: [] },
        ],
      },
    });
  });

  it('round-trips through regionSchemeToJson', () => {
    const r = parseRegionSchemeFile(JSON.stringify(EMEA));
    if (!r.ok) throw new Error(r.error.kind);
    const again = parseRegionSchemeFile(regionSchemeToJson(r.value));
    expect(again).toEqual(r);
    expect(JSON.parse(regionSchemeToJson(r.value))).toEqual({
      ...EMEA,
      groups: { ...EMEA.groups, Europe: ['FR', 'DE'] },
    });
  });

  it.each([
    ['{name: "x"', { kind: 'json' }],
    ['[1, 2]', { kind: 'shape' }],
    ['{"name": "", "groups": {"A": ["FR"]}}', { kind: 'shape' }],
    ['{"name": "X", "groups": [["FR"]]}', { kind: 'shape' }],
    ['{"name": "X", "groups": {"A": "FR"}}', { kind: 'shape' }],
    ['{"name": "X", "groups": {}}', { kind: 'no-groups' }],
    [
      '{"name": "X", "groups": {"A": ["FR", "XX", "Narnia"]}}',
      { kind: 'bad-codes', group: 'A', codes: ['XX', 'NARNIA'] },
    ],
    [
      '{"name": "X", "groups": {"A": ["FR"], "B": ["fr"]}}',
      { kind: 'twice', code: 'FR', groups: ['A', 'B'] },
    ],
    [JSON.stringify({ name: 'x'.repeat(201), groups: { A: [] } }), { kind: 'too-long' }],
  ])('refuses %s', (text, error) => {
    expect(parseRegionSchemeFile(text)).toEqual({ ok: false, error });
  });

  it('counts a country listed twice in one group once', () => {
    const r = parseRegionSchemeFile('{"name": "X", "groups": {"A": ["FR", "fr"]}}');
    expect(r.ok && r.value.groups[0]?.countries).toEqual(['FR']);
  });
});
