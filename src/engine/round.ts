// Presentation rounding (rule i): the total half-up to whole kronor; years, quarters and months as
// whole kronor that add up exactly to the level above, by largest remainder (ties to the earlier).
import Decimal from 'decimal.js';
import { monthKey, parseMonthKey, quarterKey, yearOfMonth } from './calendar';
import { Dx, type Kronor, allocate, floorDiv, fromWhole, pow10, roundHalfUp, toScaled } from './units';
import type { ExactSeries, RoundedSeries, RoundingMode, YearMonth, YearQuarter } from './types';

/** Whole kronor as BigInt, before they become Decimals. */
export interface RoundedFixed {
  total: Kronor;
  years: Map<number, Kronor>;
  /** The months' indices, in order. */
  readonly monthIndices: readonly number[];
  /** Same order as the months given (rounded on first read). */
  readonly months: Kronor[];
}

/** The months a rounding reads only when quarters or months are asked for. */
interface MonthInput {
  indices(): readonly number[];
  values(): readonly bigint[];
}

/**
 * Largest remainder over whole parts (each part × unit = its exact value): rule i's presentation
 * rounding, as allocate() does it for presentation. Each part starts from the floor of its own
 * exact value and only the kronor the rounded `target` still needs move, one each to the largest
 * remainders (ties to the earlier). It is not the proportional split: that would floor
 * target × part / Σparts instead, which can move a different krona than the rule says.
 */
export function largestRemainder(target: bigint, parts: readonly bigint[], unit: bigint): Kronor[] {
  return allocate(target as Kronor, parts, { by: 'largestRemainder', unit });
}

/** Positions [start, end) of the runs of `months` that share a key (a quarter, a year). */
function runs(
  monthIndices: readonly number[],
  keyOf: (index: number) => number,
): { keys: number[]; starts: number[] } {
  const keys: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < monthIndices.length; i++) {
    const key = keyOf(monthIndices[i] as number);
    if (keys[keys.length - 1] !== key) {
      keys.push(key);
      starts.push(i);
    }
  }
  starts.push(monthIndices.length);
  return { keys, starts };
}

/** The sums of `values` over each run [starts[k], starts[k + 1]). */
function runSums(values: readonly bigint[], starts: readonly number[]): bigint[] {
  const sums: bigint[] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    let sum = 0n;
    for (let i = starts[k] as number; i < (starts[k + 1] as number); i++) sum += values[i] as bigint;
    sums.push(sum);
  }
  return sums;
}

/** Quarters from the rounded years, months from the quarters (largest remainder each time). */
function roundMonths(
  monthIndices: readonly number[],
  months: readonly bigint[],
  unit: bigint,
  years: { keys: number[]; starts: number[] },
  yearWhole: readonly bigint[],
): bigint[] {
  const quarters = runs(monthIndices, (index) => Math.floor(index / 3));
  const quarterSums = runSums(months, quarters.starts);
  // The quarters of each year: a year's months start where one of its quarters starts.
  const quarterWhole: bigint[] = [];
  let q = 0;
  for (let y = 0; y < years.keys.length; y++) {
    const first = q;
    while (q < quarters.keys.length && (quarters.starts[q] as number) < (years.starts[y + 1] as number)) q++;
    quarterWhole.push(...largestRemainder(yearWhole[y] as bigint, quarterSums.slice(first, q), unit));
  }
  const whole: bigint[] = [];
  for (let k = 0; k < quarters.keys.length; k++) {
    const from = quarters.starts[k] as number;
    const to = quarters.starts[k + 1] as number;
    whole.push(...largestRemainder(quarterWhole[k] as bigint, months.slice(from, to), unit));
  }
  return whole;
}

/**
 * Rounds exact fixed-point months (value × unit = kronor) given with their month indices
 * (in order). `total` is the exact total (normally the months' sum). The total and the years are
 * rounded at once, with one division per year (a year's floor and remainder are those of its
 * months' sum); quarters and months on first read of `months`, from the years down.
 */
export function roundFixed(
  monthIndices: readonly number[],
  months: readonly bigint[],
  total: bigint,
  unit: bigint,
): RoundedFixed {
  const years = runs(monthIndices, yearOfMonth);
  return roundFromYears(years, runSums(months, years.starts), total, unit, {
    indices() {
      return monthIndices;
    },
    values() {
      return months;
    },
  });
}

/**
 * roundFixed for the consecutive months [first, first + count) given by their sums per calendar
 * year (first year first): the same rounding, without reading the months unless quarters or
 * months are asked for (`monthsOf` gives them then).
 */
export function roundFixedByYear(
  first: number,
  count: number,
  yearSums: readonly bigint[],
  total: bigint,
  unit: bigint,
  monthsOf: () => readonly bigint[],
): RoundedFixed {
  const keys: number[] = [];
  const starts: number[] = [];
  if (count > 0) {
    const firstYear = yearOfMonth(first);
    for (let y = 0; y < yearSums.length; y++) {
      keys.push(firstYear + y);
      starts.push(Math.max(0, (firstYear + y) * 12 - first));
    }
  }
  starts.push(Math.max(0, count));
  return roundFromYears(
    { keys, starts },
    count > 0 ? yearSums : [],
    total,
    unit,
    new ConsecutiveMonths(first, count, monthsOf),
  );
}

/** Months [first, first + count), their values read only when asked for. */
class ConsecutiveMonths implements MonthInput {
  private made: number[] | undefined;

  constructor(
    private readonly first: number,
    private readonly count: number,
    readonly values: () => readonly bigint[],
  ) {}

  indices(): readonly number[] {
    return (this.made ??= Array.from({ length: Math.max(0, this.count) }, (_, i) => this.first + i));
  }
}

/** The total half-up, the years by largest remainder; quarters and months on first read. */
function roundFromYears(
  years: { keys: number[]; starts: number[] },
  yearSums: readonly bigint[],
  total: bigint,
  unit: bigint,
  input: MonthInput,
): RoundedFixed {
  const roundedTotal = roundHalfUp(total, unit);
  const yearWhole = largestRemainder(roundedTotal, yearSums, unit);
  const byYear = new Map<number, Kronor>();
  for (let y = 0; y < years.keys.length; y++) byYear.set(years.keys[y]!, yearWhole[y] as Kronor);
  return new RoundedOnRead(roundedTotal as Kronor, byYear, years, yearWhole, unit, input);
}

/**
 * A rounding whose months are rounded on first read. Classes with getters on the prototype, here
 * and below: they are made for every figure, and an object literal with getters costs several
 * times as much to make and to collect.
 */
class RoundedOnRead implements RoundedFixed {
  private monthWhole: bigint[] | undefined;

  constructor(
    readonly total: Kronor,
    readonly years: Map<number, Kronor>,
    private readonly yearRuns: { keys: number[]; starts: number[] },
    private readonly yearWhole: readonly bigint[],
    private readonly unit: bigint,
    private readonly input: MonthInput,
  ) {}

  get monthIndices(): readonly number[] {
    return this.input.indices();
  }

  get months(): Kronor[] {
    return (this.monthWhole ??= roundMonths(
      this.input.indices(),
      this.input.values(),
      this.unit,
      this.yearRuns,
      this.yearWhole,
    )) as Kronor[];
  }
}

/**
 * Decimal maps of a fixed rounding result. Quarters and months are made on first read: only the
 * Periodisering sheet and the CLI's JSON read them, and one Decimal and one key per month of every
 * figure of every initiative would cost more than the rounding itself.
 */
export function toRoundedSeries(rounded: RoundedFixed): RoundedSeries {
  const byYear = new Map<number, Decimal>();
  for (const [year, amount] of rounded.years) byYear.set(year, fromWhole(amount));
  return new RoundedSeriesOnRead(fromWhole(rounded.total), byYear, rounded);
}

class RoundedSeriesOnRead implements RoundedSeries {
  private quarters: Map<YearQuarter, Decimal> | undefined;
  private monthly: Map<YearMonth, Decimal> | undefined;

  constructor(
    readonly total: Decimal,
    readonly byYear: ReadonlyMap<number, Decimal>,
    private readonly rounded: RoundedFixed,
  ) {}

  get byQuarter(): ReadonlyMap<YearQuarter, Decimal> {
    if (this.quarters) return this.quarters;
    const { monthIndices, months } = this.rounded;
    const sums = new Map<YearQuarter, bigint>();
    monthIndices.forEach((index, i) => {
      const q = quarterKey(index);
      sums.set(q, (sums.get(q) ?? 0n) + (months[i] as bigint));
    });
    const byQuarter = new Map<YearQuarter, Decimal>();
    for (const [q, amount] of sums) byQuarter.set(q, fromWhole(amount));
    return (this.quarters = byQuarter);
  }

  get byMonth(): ReadonlyMap<YearMonth, Decimal> {
    if (this.monthly) return this.monthly;
    const { monthIndices, months } = this.rounded;
    const byMonth = new Map<YearMonth, Decimal>();
    monthIndices.forEach((index, i) => byMonth.set(monthKey(index), fromWhole(months[i] as bigint)));
    return (this.monthly = byMonth);
  }
}

/** Rule i for any exact series (the engine uses the same code on its fixed-point sums). */
export function roundSeries(exact: ExactSeries): RoundedSeries {
  let scale = exact.total.decimalPlaces();
  for (const { amount } of exact.months) scale = Math.max(scale, amount.decimalPlaces());
  const indices: number[] = [];
  const months: bigint[] = [];
  for (const { month, amount } of exact.months) {
    const index = parseMonthKey(month);
    if (index === null) throw new Error(`roundSeries: not a month '${month}'`);
    indices.push(index);
    months.push(toScaled(amount, scale));
  }
  const rounded = roundFixed(indices, months, toScaled(exact.total, scale), pow10(scale));
  return toRoundedSeries(rounded);
}

/** The proposed total rounded to the decision step: upward (default) or to the nearest step. */
export function decisionAmount(total: Decimal, step: Decimal, mode: RoundingMode): Decimal {
  const exactTotal = new Dx(total);
  if (step.lte(0)) return exactTotal;
  const steps = exactTotal.div(step);
  const whole = mode === 'up' ? steps.ceil() : steps.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return whole.times(step);
}

/** The last whole step decisionAmountOfWhole saw, as BigInt (the same Decimal for every initiative). */
let wholeStep: { step: Decimal; units: bigint | null } | undefined;

/**
 * decisionAmount of a whole number of kronor, in BigInt when the step is a whole number of kronor
 * (as it is in practice): the same value without four Decimal operations per initiative. Anything
 * else (a step with decimals, a result of -0 that Decimal would keep) takes decisionAmount.
 */
export function decisionAmountOfWhole(total: Kronor, step: Decimal, mode: RoundingMode): Decimal {
  if (wholeStep?.step !== step) {
    wholeStep = { step, units: step.isInteger() && step.gt(0) ? toScaled(step, 0) : null };
  }
  const units = wholeStep.units;
  if (units === null) return decisionAmount(fromWhole(total), step, mode);
  const steps = mode === 'up' ? -floorDiv(-total, units) : roundHalfUp(total, units);
  if (steps === 0n && total < 0n) return decisionAmount(fromWhole(total), step, mode);
  return fromWhole(steps * units);
}

/** over / available × 100, half-up to one decimal; null when available is 0. */
export function percentOf(over: Decimal, available: Decimal): Decimal | null {
  if (available.isZero()) return null;
  return new Dx(over).times(100).div(available).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
}

/**
 * Whether the applicant's stated total and the computed one differ in a way that matters to the
 * decision: rounded to the decision step they give different amounts, or they lie more than a step
 * apart. A gap of a few hundred kronor under a 1 000 kr step changes nothing the board decides.
 */
export function statedDifferenceMatters(
  stated: Decimal,
  computed: Decimal,
  step: Decimal,
  mode: RoundingMode,
): boolean {
  if (stated.eq(computed)) return false;
  if (step.lte(0)) return true;
  return (
    !decisionAmount(stated, step, mode).eq(decisionAmount(computed, step, mode)) ||
    stated.minus(computed).abs().gt(step)
  );
}
