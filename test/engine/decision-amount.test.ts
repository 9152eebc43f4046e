// decisionAmountOfWhole (BigInt) against decisionAmount (Decimal), which it replaces per initiative.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { decisionAmount, decisionAmountOfWhole } from '../../src/engine/round';
import type { RoundingMode } from '../../src/engine/types';
import type { Kronor } from '../../src/engine/units';

/** What a Decimal shows and is: its text and its sign (a -0 prints as 0 but is negative). */
const shown = (x: Decimal): string => `${x.toString()} ${x.isNegative() ? 'negative' : ''}`;

describe('decisionAmountOfWhole', () => {
  const mode = fc.constantFrom<RoundingMode>('up', 'nearest');
  const step = fc.oneof(
    fc.constantFrom('1000', '1', '500', '100000', '0', '-1000', '0.5', '1000.25', '1e3', '2.5e3'),
    fc.integer({ min: -10, max: 1_000_000 }).map(String),
  );

  it('is decisionAmount of the same total for any whole total, step and mode', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), step, mode, (total, s, m) => {
        const stepValue = new Decimal(s);
        expect(shown(decisionAmountOfWhole(total as Kronor, stepValue, m))).toBe(
          shown(decisionAmount(new Decimal(total.toString()), stepValue, m)),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds 1 234 501 kr up to 1 235 000 and to the nearest 1 000 at 1 235 000, -500 up to 0', () => {
    const thousand = new Decimal(1000);
    expect(decisionAmountOfWhole(1_234_501n as Kronor, thousand, 'up').toString()).toBe('1235000');
    expect(decisionAmountOfWhole(1_234_500n as Kronor, thousand, 'nearest').toString()).toBe('1235000');
    expect(decisionAmountOfWhole(1_234_499n as Kronor, thousand, 'nearest').toString()).toBe('1234000');
    expect(shown(decisionAmountOfWhole(-500n as Kronor, thousand, 'up'))).toBe(
      shown(decisionAmount(new Decimal(-500), thousand, 'up')),
    );
  });
});
