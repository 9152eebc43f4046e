import { placeSheet, finalName } from '../../src/workbook/placement';

const sheet = (name: string, ownedByAddin = false) => ({ name, ownedByAddin });

describe('placing a sheet the add-in writes', () => {
  it('takes the preferred name when it is free', () => {
    const p = placeSheet('Beslutsunderlag', [sheet('Insatser')], null);
    expect(p).toEqual({ replaces: null, name: 'Beslutsunderlag' });
  });

  it('never targets a user sheet of the same name (compared case-insensitively)', () => {
    const p = placeSheet('Beslutsunderlag', [sheet('beslutsunderlag')], null);
    expect(p).toEqual({ replaces: null, name: 'Beslutsunderlag (2)' });
    expect(finalName(p, 'Beslutsunderlag', [sheet('beslutsunderlag'), sheet(p.name, true)])).toBe(
      'Beslutsunderlag (2)',
    );
  });

  it('replaces its own earlier sheet and ends under the preferred name', () => {
    const sheets = [sheet('Beslutsunderlag', true)];
    const p = placeSheet('Beslutsunderlag', sheets, 'Beslutsunderlag');
    expect(p).toEqual({ replaces: 'Beslutsunderlag', name: 'Beslutsunderlag (2)' });
    expect(finalName(p, 'Beslutsunderlag', [sheet(p.name, true)])).toBe('Beslutsunderlag');
  });

  it('keeps the earlier name when a user sheet holds the preferred one', () => {
    const sheets = [sheet('Beslutsunderlag'), sheet('Beslutsunderlag (2)', true)];
    const p = placeSheet('Beslutsunderlag', sheets, 'Beslutsunderlag (2)');
    expect(p.replaces).toBe('Beslutsunderlag (2)');
    expect(p.name).toBe('Beslutsunderlag (3)');
    expect(finalName(p, 'Beslutsunderlag', [sheet('Beslutsunderlag'), sheet(p.name, true)])).toBe(
      'Beslutsunderlag (2)',
    );
  });

  it('does not replace a sheet that lost its ownership mark', () => {
    const p = placeSheet('Beslutsunderlag', [sheet('Beslutsunderlag', false)], 'Beslutsunderlag');
    expect(p.replaces).toBeNull();
  });
});
