// Låst (Held, issue 14): Ja / Yes holds an initiative or a staffing row against balancing proposals.
// A hold changes no figure and not the fingerprint; an unknown word is an error at its cell.
import { computeBudget } from '../../src/engine';
import { brief, exampleWorkbook, read, setCell } from './support';

describe('Låst (Held)', () => {
  test('Ja and Yes hold, blank and Nej do not; the figures and the fingerprint stay the same', () => {
    const wb = exampleWorkbook();
    const before = read(wb);
    setCell(wb, 'Insatser!I6', 'Ja');
    setCell(wb, 'Bemanning!J2', 'yes');
    setCell(wb, 'Bemanning!J3', 'Nej');
    const after = read(wb);
    expect(after.issues).toEqual(before.issues);
    expect(after.input.initiatives.map((i) => i.held ?? false)).toEqual([false, false, false, false, true]);
    expect(after.input.staffing.map((s) => s.held ?? false).slice(0, 3)).toEqual([true, false, false]);
    expect(after.fingerprint).toBe(before.fingerprint);
    const figures = (r: typeof before) =>
      computeBudget(r.input, null).frame.map((f) => [f.year, f.proposed.toString(), f.available.toString()]);
    expect(figures(after)).toEqual(figures(before));
    expect(before.input.initiatives.every((i) => i.held === undefined)).toBe(true);
  });

  test('an unknown word is an error at its cell, in Swedish and English, and leaves the row out', () => {
    const wb = exampleWorkbook();
    setCell(wb, 'Bemanning!J2', 'kanske');
    const result = read(wb);
    expect(brief(result.issues)).toEqual([{ severity: 'error', code: 'unknown-held', cell: 'Bemanning!J2' }]);
    const issue = result.issues[0]!;
    expect(issue.message.sv).toBe(
      '"kanske" i kolumnen Låst är inget känt val. Skriv Ja för att låsa raden mot förslag till nedskärning, eller lämna tomt.',
    );
    expect(issue.message.en).toBe(
      '"kanske" in Held is not a known choice. Enter Yes to hold the row against proposed cuts, or leave it blank.',
    );
    expect(result.input.staffing).toHaveLength(13);
    expect(result.input.rejectedRows).toEqual([
      { table: 'Bemanning', row: 2, initiative: expect.any(String) },
    ]);
  });

  test('the English header Held is read too', () => {
    const wb = exampleWorkbook();
    setCell(wb, 'Insatser!I1', 'Held');
    setCell(wb, 'Insatser!I2', 'Yes');
    const result = read(wb);
    expect(result.issues).toEqual([]);
    expect(result.input.initiatives[0]!.held).toBe(true);
  });
});
