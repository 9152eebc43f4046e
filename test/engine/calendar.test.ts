// parseIsoDate reads dates by character codes: the same answers as the pattern it replaced.
import fc from 'fast-check';
import { type CalendarDate, daysInMonth, parseIsoDate } from '../../src/engine/calendar';

/** The former parseIsoDate. */
function reference(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

describe('parseIsoDate', () => {
  /** Near-dates: digits, dashes and a few other characters in date-like places. */
  const char = fc.constantFrom(...'0123456789-/ :T\n٣０'.split(''), '1', '2', '0');
  const nearDate = fc.oneof(
    fc.array(char, { minLength: 8, maxLength: 12 }).map((cs) => cs.join('')),
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    fc.string({ maxLength: 12 }),
  );

  it('answers as the pattern ^(\\d{4})-(\\d{2})-(\\d{2})$ with a real day did', () => {
    fc.assert(
      fc.property(nearDate, (text) => {
        expect(parseIsoDate(text)).toEqual(reference(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads 2024-02-29 and refuses 2025-02-29, a trailing newline and non-ASCII digits', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-10-01\n')).toBeNull();
    expect(parseIsoDate('2024-10-0١')).toBeNull();
    expect(parseIsoDate('2024/10/01')).toBeNull();
  });
});
