// allocate(): one split for the spread of a cost, the cap, an earlier end and presentation
// rounding. The references are the four loops it replaced, so that no figure can have changed.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { Dx, allocate, factorOf, floorDiv, salaryFactor, toScaled } from '../../src/engine/units';

/** The former spreadAmount loop: floors, the last month the remainder. */
function spreadReference(total: bigint, weights: bigint[]): bigint[] {
  const totalWeight = weights.reduce((a, b) => a + b, 0n);
  let given = 0n;
  return weights.map((w, i) => {
    const share = i === weights.length - 1 ? total - given : floorDiv(total * w, totalWeight);
    given += share;
    return share;
  });
}

/** The former scaleToCap loop: floors, the last non-zero month the remainder. */
function capReference(months: bigint[], cap: bigint): bigint[] {
  const total = months.reduce((a, b) => a + b, 0n);
  const scaled = months.map((m) => floorDiv(m * cap, total));
  let lastNonZero = -1;
  let given = 0n;
  scaled.forEach((m, i) => {
    given += m;
    if (months[i] !== 0n) lastNonZero = i;
  });
  if (lastNonZero >= 0) scaled[lastNonZero] = scaled[lastNonZero]! + cap - given;
  return scaled;
}

/** The former largestRemainder (round.ts's distribute): floors, then one krona at a time. */
function largestRemainderReference(target: bigint, parts: bigint[], unit: bigint): bigint[] {
  const whole = parts.map((p) => floorDiv(p, unit));
  const rem = parts.map((p, i) => p - whole[i]! * unit);
  let missing = target - whole.reduce((a, b) => a + b, 0n);
  if (missing === 0n || parts.length === 0) return whole;
  const taken = parts.map(() => false);
  while (missing > 0n) {
    let best = -1;
    for (let i = 0; i < parts.length; i++) if (!taken[i] && (best < 0 || rem[i]! > rem[best]!)) best = i;
    if (best < 0) {
      taken.fill(false);
      continue;
    }
    taken[best] = true;
    whole[best]! += 1n;
    missing--;
  }
  while (missing < 0n) {
    let worst = -1;
    for (let i = parts.length - 1; i >= 0; i--)
      if (!taken[i] && (worst < 0 || rem[i]! < rem[worst]!)) worst = i;
    if (worst < 0) {
      taken.fill(false);
      continue;
    }
    taken[worst] = true;
    whole[worst]! -= 1n;
    missing++;
  }
  return whole;
}

const units = fc.bigInt({ min: 0n, max: 10n ** 50n });

describe('allocate', () => {
  it('adds up to the total, each share the floor of its part except the last weighted one', () => {
    fc.assert(
      fc.property(
        units,
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const shares = allocate(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0n);
          if (sum === 0n) return expect(shares.every((s) => s === 0n)).toBe(true);
          expect(shares.reduce((a, b) => a + b, 0n)).toBe(total);
          const last = weights.map((w) => w !== 0n).lastIndexOf(true);
          shares.forEach((s, i) => {
            if (i !== last) expect(s).toBe(floorDiv(total * weights[i]!, sum));
          });
        },
      ),
    );
  });

  it('spreads a cost over month weights exactly as the former spreadAmount did', () => {
    // Month weights are L × days / days in month: 1 to 377 580, the last month never 0.
    const weight = fc.bigInt({ min: 1n, max: 377_580n });
    fc.assert(
      fc.property(units, fc.array(weight, { minLength: 1, maxLength: 60 }), (total, weights) => {
        expect(allocate(total, weights)).toEqual(spreadReference(total, weights));
      }),
    );
  });

  it('scales months to a cap exactly as the former scaleToCap did', () => {
    fc.assert(
      fc.property(
        fc.array(units, { minLength: 1, maxLength: 60 }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        (months, k) => {
          const total = months.reduce((a, b) => a + b, 0n);
          fc.pre(total > 0n);
          const cap = (total * k) / 10n ** 9n;
          expect(allocate(cap, months)).toEqual(capReference(months, cap));
        },
      ),
    );
  });

  it("keeps a month's part up to an earlier end exactly as the former truncatePieces did", () => {
    fc.assert(
      fc.property(
        units,
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        (perMonth, had, kept) => {
          fc.pre(kept <= had);
          const [part] = allocate(perMonth, [BigInt(kept), BigInt(had - kept)]);
          expect(part).toBe(floorDiv(perMonth * BigInt(kept), BigInt(had)));
        },
      ),
    );
  });
});

describe('allocate by largest remainder (rule i)', () => {
  const unit = fc.bigInt({ min: 1n, max: 10n ** 12n });
  const part = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });

  it('rounds each part as the former largestRemainder did, to the rounded sum', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), unit, (parts, u) => {
        const sum = parts.reduce((a, b) => a + b, 0n);
        const target = floorDiv(2n * sum + u, 2n * u); // half-up, as the engine's totals
        const shares = allocate(target, parts, { by: 'largestRemainder', unit: u });
        expect(shares).toEqual(largestRemainderReference(target, parts, u));
        expect(shares.reduce((a, b) => a + b, 0n)).toBe(parts.length ? target : 0n);
      }),
      { numRuns: 2000 },
    );
  });

  it('also for any other target (more or fewer kronor than the parts have)', () => {
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 6 }),
        unit,
        fc.bigInt({ min: -50n, max: 50n }),
        (parts, u, off) => {
          const sum = parts.reduce((a, b) => a + b, 0n);
          const target = floorDiv(sum, u) + off;
          expect(allocate(target, parts, { by: 'largestRemainder', unit: u })).toEqual(
            largestRemainderReference(target, parts, u),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the missing krona to the largest remainder, ties to the earlier part', () => {
    // 3.0 + 0.3 + 0.3 = 3.6 → 4: the parts floor to 3, 0, 0 and one krona goes to the first 0.3.
    // The proportional split of 4 floors 3.33, 0.33, 0.33 and gives the rest to the last part.
    expect(allocate(4n, [30n, 3n, 3n], { by: 'largestRemainder', unit: 10n })).toEqual([3n, 1n, 0n]);
    expect(allocate(4n, [30n, 3n, 3n])).toEqual([3n, 0n, 1n]);
  });
});

describe('toScaled', () => {
  /** The former string path: Decimal's own toFixed, half-up. */
  const reference = (value: Decimal, scale: number) =>
    BigInt(value.toFixed(scale, Decimal.ROUND_HALF_UP).replace('.', ''));

  it('reads the digit groups as toFixed would, rounding half-up away from zero', () => {
    for (const [text, scale, expected] of [
      ['0.25', 20, 25n * 10n ** 18n],
      ['30000', 0, 30000n],
      ['-45000.5', 0, -45001n],
      ['45000.5', 0, 45001n],
      ['1.4215', 2, 142n],
      ['0', 40, 0n],
      ['1e-30', 20, 0n],
      ['5e-21', 20, 1n],
      ['123456789.123456789012345678', 20, 12345678912345678901234567800n],
    ] as const) {
      expect(toScaled(new Decimal(text), scale)).toBe(expected);
    }
  });

  it('equals toFixed for any finite Decimal and scale', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -45, max: 30 }))
      .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`));
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 45 }), (value, scale) => {
        expect(toScaled(value, scale)).toBe(reference(value, scale));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('salaryFactor', () => {
  /** The former Decimal path of baseMonthlyCost. */
  const reference = (salary: Decimal, fte: Decimal, po: Decimal) =>
    factorOf(new Dx(salary).times(fte).times(new Dx(po).plus(1)));
  /** What a cell can hold: a double's shortest decimal text. */
  const cell = (min: number, max: number) =>
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => new Decimal(String(x)));

  it('equals the Decimal product rounded to the factor scale for any cell values', () => {
    fc.assert(
      fc.property(cell(0, 1e7), cell(0, 20), cell(0, 2), (salary, fte, po) => {
        expect(salaryFactor(salary, fte, po)).toBe(reference(salary, fte, po));
      }),
      { numRuns: 2000 },
    );
    expect(salaryFactor(new Decimal(41500), new Decimal('0.75'), new Decimal('0.4215'))).toBe(
      reference(new Decimal(41500), new Decimal('0.75'), new Decimal('0.4215')),
    );
  });

  it('equals it for values with few digits (the product in Numbers) and at the edges of that path', () => {
    /** digits × 10^-decimals, signed: whole kronor, öre, percentages, rates, and a few too long. */
    const short = (maxDigits: bigint, maxDecimals: number) =>
      fc
        .tuple(fc.bigInt({ min: -maxDigits, max: maxDigits }), fc.integer({ min: -3, max: maxDecimals }))
        .map(([digits, decimals]) => new Decimal(`${digits}e${-decimals}`));
    fc.assert(
      fc.property(short(10n ** 9n, 4), short(10n ** 4n, 6), short(10n ** 6n, 12), (salary, fte, po) => {
        expect(salaryFactor(salary, fte, po)).toBe(reference(salary, fte, po));
      }),
      { numRuns: 5000 },
    );
    for (const [salary, fte, po] of [
      ['9007199254740991', '1', '0'], // a safe product
      ['9007199254740993', '1', '0'], // not a safe Number
      ['94906267', '94906267', '0'], // a product just above 2^53
      ['94906265', '94906265', '0'], // just below
      ['41500', '0.75', '0.4215'],
      ['41500.5', '1.2345678901', '0.4215123456'], // 21 decimals: rounded
      ['-41500', '0.75', '-1.5'],
      ['0', '0.75', '0.4215'],
      ['41500', '0', '0.123456789012345678901'],
      ['1e22', '1', '0'],
      ['1e23', '1', '0'],
    ] as const) {
      const args = [new Decimal(salary), new Decimal(fte), new Decimal(po)] as const;
      expect(salaryFactor(...args)).toBe(reference(...args));
    }
  });
});
