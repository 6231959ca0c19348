import { EDTF_MAX_LENGTH, parseEdtf } from '../../src/domain/edtf-date';

describe('EDTF bounds', () => {
  it.each([
    ['[2020-01..2020-03]', '2020-01-01', '2020-03-31'],
    ['[2019,2020-01..2020-03]', '2019-01-01', '2020-03-31'],
    ['{2020-01-05,2019-03}', '2019-03-01', '2020-01-05'],
    ['{2020-05,2020-02-10..2020-02-12}', '2020-02-10', '2020-05-31'],
  ])('gives the set %s the union of its members: %s to %s', (edtf, earliest, latest) => {
    expect(parseEdtf(edtf)).toMatchObject({ edtf, earliest, latest, precision: 'SET' });
  });

  it('leaves a set open where it is open', () => {
    expect(parseEdtf('[..2020-03]')).toMatchObject({ earliest: null, latest: '2020-03-31' });
    expect(parseEdtf('[2020-01..]')).toMatchObject({ earliest: '2020-01-01', latest: null });
  });

  it.each([
    ['0000', '0000-01-01', '0000-12-31'],
    ['0050-02', '0050-02-01', '0050-02-28'],
    ['9999', '9999-01-01', '9999-12-31'],
    ['9999-12~', '9999-12-01', '9999-12-31'],
  ])('bounds the four-digit year %s', (edtf, earliest, latest) => {
    expect(parseEdtf(edtf)).toMatchObject({ earliest, latest });
  });

  it.each(['-0044', '-0044-03-15', 'Y10000', 'Y300000', 'Y-300000', 'Y17E7', '-1000/2020', '{-0001,2020}'])(
    'refuses %s, outside the years 0000 to 9999, with a plain message',
    (input) => {
      expect(() => parseEdtf(input)).toThrow(`"${input}" falls outside the years 0000 to 9999`);
    },
  );

  it('refuses an oversize string without parsing it or echoing it', () => {
    const huge = '2020-01-01'.repeat(9_200);
    let message = '';
    try {
      parseEdtf(huge);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `an EDTF date has at most ${EDTF_MAX_LENGTH} characters (this one has ${huge.length})`,
    );
  });
});
