// computeBudget: validation → scenario plan → periodisation per initiative → rounding → frame.
import type Decimal from 'decimal.js';
import { type CalendarDate, isoDate, minDate, monthOf, ordinal, parseIsoDate } from './calendar';
import {
  type BuiltFigures,
  type MonthSource,
  buildFigures,
  monthsGiven,
  roundedTotalOver,
  roundedYears,
  zeroFigures,
} from './figures';
import { Dx, type Factor, type Kronor, type Units, ZERO, fromScaled, sum, unitsOf } from './units';
import { nameKey } from '../workbook/names';
import { type InitiativePlan, planScenario } from './adjust';
import {
  MonthAccumulator,
  type Piece,
  type StaffingShape,
  StaffingShapes,
  baseMonthlyCost,
  piecesByYear,
  SalaryIndexes,
  scaleToCap,
  spreadAmount,
  truncatePieces,
} from './periodise';
import { carryEquity } from './equity';
import { resolveFrame } from './frame-parts';
import { decisionAmountOfWhole, percentOf, statedDifferenceMatters } from './round';
import { roundStatusOf, screenDecidedAdjustments } from './round-status';
import { scenarioNames } from './scenarios';
import type {
  BudgetInput,
  CostResult,
  BudgetResult,
  FrameYearResult,
  InitiativeResult,
  Parameters,
  RoundStatus,
  StaffingResult,
} from './types';
import { type ValidInitiative, type ValidStaffing, type Validated, validate } from './validate';

/** An initiative's rounded figures as BigInt, for the frame and the totals. */
interface Sums {
  included: boolean;
  /** Included and not rejected: part of the frame and the totals. */
  counts: boolean;
  granted: boolean;
  applied: BuiltFigures;
  proposed: BuiltFigures;
  selfFinanced: BuiltFigures;
  decision: Decimal;
}

/** What a result keeps so that the next computation of the same inputs reuses what did not change. */
interface Reusable {
  input: BudgetInput;
  validated: Validated;
  /** Positions in input.staffing / input.costs of each initiative's rows (see Validated.*Owners). */
  staffingOf: number[][];
  costsOf: number[][];
  staffing: StaffingResult[];
  costs: CostResult[];
  initiatives: Computed[];
  /** computed[i].result, by position: a cut copies it and replaces what it recomputed. */
  results: InitiativeResult[];
  /** Positions of the initiatives a scenario adjustment shaped (signature not ''). */
  planned: number[];
  unreadInitiatives: string[];
  aggregate: Aggregate;
  decisionYears: number[];
}

/** The counting initiatives' rounded figures summed per year and in total, whole kronor. */
class Aggregate {
  years = new Map<number, { applied: bigint; proposed: bigint; granted: bigint }>();
  applied = 0n;
  proposed = 0n;
  granted = 0n;
  selfFinanced = 0n;
  decision: Decimal = new Dx(0);

  copy(): Aggregate {
    const c = new Aggregate();
    for (const [year, y] of this.years) c.years.set(year, { ...y });
    c.applied = this.applied;
    c.proposed = this.proposed;
    c.granted = this.granted;
    c.selfFinanced = this.selfFinanced;
    c.decision = this.decision;
    return c;
  }

  add(s: Sums): void {
    this.change(s, 1n);
  }

  remove(s: Sums): void {
    this.change(s, -1n);
  }

  private change(s: Sums, sign: bigint): void {
    if (!s.counts) return;
    const applied = s.applied.rounded.years;
    const proposed = s.proposed.rounded.years;
    for (const [year, a] of applied)
      this.addYear(year, sign * a, sign * (proposed.get(year) ?? 0n), s.granted);
    if (proposed !== applied)
      for (const [year, p] of proposed) if (!applied.has(year)) this.addYear(year, 0n, sign * p, s.granted);
    this.applied += sign * s.applied.rounded.total;
    this.proposed += sign * s.proposed.rounded.total;
    if (s.granted) this.granted += sign * s.applied.rounded.total;
    this.selfFinanced += sign * s.selfFinanced.rounded.total;
    this.decision = sign > 0n ? this.decision.plus(s.decision) : this.decision.minus(s.decision);
  }

  private addYear(year: number, applied: bigint, proposed: bigint, granted: boolean): void {
    let y = this.years.get(year);
    if (!y) this.years.set(year, (y = { applied: 0n, proposed: 0n, granted: 0n }));
    y.applied += applied;
    y.proposed += proposed;
    if (granted) y.granted += applied;
  }
}

/** One initiative's result, with what it was computed from under the scenario. */
interface Computed {
  /** The adjustments that shaped it (their content, in order); equal signatures, equal results. */
  signature: string;
  result: InitiativeResult;
  sums: Sums;
}

/**
 * Where a result keeps its Reusable: a non-enumerable symbol property, not a WeakMap entry. V8's
 * scavenger kept the WeakMap's values alive, so every result survived its first scavenges and was
 * copied and promoted (--trace-gc: ~4.7 MB promoted per scavenge on the typical bench, none as a
 * property); as a property it dies with its result.
 */
const REUSABLE = Symbol('reusable');

function reusableOf(result: BudgetResult): Reusable | undefined {
  return (result as BudgetResult & { [REUSABLE]?: Reusable })[REUSABLE];
}

/**
 * True when the inputs are the same objects except for the adjustments and the rows the reader
 * left out: no initiative's figures depend on those (incompleteness() and the frame's issues read
 * rejectedRows, and both are made anew on every computation), and a cut that also changes an error
 * in a Justeringar row gives a new rejectedRows array.
 */
function sameExceptAdjustments(a: BudgetInput, b: BudgetInput): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof BudgetInput>);
  for (const k of keys) if (!NOT_COMPUTED_FROM.has(k) && a[k] !== b[k]) return false;
  return true;
}

const NOT_COMPUTED_FROM: ReadonlySet<keyof BudgetInput> = new Set(['adjustments', 'rejectedRows']);

/**
 * The figures of every initiative under a scenario, the frame and the totals. With `previous` (a
 * result of the same inputs but other adjustments, e.g. before a cut) only the initiatives whose
 * adjustments changed are computed again and the frame is summed anew; the result is the same as
 * without it (test/engine/incremental.test.ts). Any other difference in the inputs computes all.
 */
export function computeBudget(
  input: BudgetInput,
  scenario: string | null,
  previous?: BudgetResult | null,
): BudgetResult {
  const prior = previous ? reusableOf(previous) : undefined;
  const same = prior && sameExceptAdjustments(prior.input, input) ? prior : undefined;
  const validated = same?.validated ?? validate(input);
  const scenarioName =
    scenario === null
      ? null
      : (scenarioNames(input).find((n) => nameKey(n) === nameKey(scenario)) ?? scenario);
  const screened = screenDecidedAdjustments(input.initiatives, input.adjustments);
  const plan = planScenario(validated, screened.usable, scenarioName);
  const staffingOf = same?.staffingOf ?? positionsByOwner(validated.staffingOwners, input.initiatives.length);
  const costsOf = same?.costsOf ?? positionsByOwner(validated.costOwners, input.initiatives.length);

  const staffing: Array<StaffingResult | undefined> = same
    ? same.staffing.slice()
    : new Array(input.staffing.length);
  const costs: Array<CostResult | undefined> = same ? same.costs.slice() : new Array(input.costs.length);
  const fresh: number[] = [];
  const indexes = new SalaryIndexes(input.parameters);
  const initiativeAt = (i: number): Computed => {
    const initiative = input.initiatives[i]!;
    const valid = validated.initiatives[i];
    const roundStatus = roundStatusOf(initiative);
    // A granted or rejected initiative takes no adjustment (screened above); a granted one's
    // Maxbelopp binds as a cap in the application and in every scenario.
    const initiativePlan = valid && roundStatus === 'application' ? plan.byKey.get(valid.key) : undefined;
    const signature = initiativePlan ? JSON.stringify(initiativePlan.applied) : '';
    const old = same?.initiatives[i];
    if (old && old.signature === signature) return old;
    fresh.push(i);
    if (!valid) return { signature, ...excludedInitiative(initiative, roundStatus) };
    return {
      signature,
      ...computeInitiative(valid, initiativePlan, roundStatus, input.parameters, indexes, staffing, costs),
    };
  };
  // After a cut only an initiative that a plan shaped before or shapes now can differ (the others
  // keep signature ''): visit those alone, so that a cut costs the same at any workbook size.
  // Valid names are unique (validation leaves out every initiative of a duplicated name).
  const computed = same ? same.initiatives.slice() : input.initiatives.map((_, i) => initiativeAt(i));
  if (same) {
    const touched = new Set(same.planned);
    for (const key of plan.byKey.keys()) {
      const owner = validated.byKey.get(key);
      if (owner) touched.add(owner.index);
    }
    for (const i of touched) computed[i] = initiativeAt(i);
  }

  const staffingResults = same
    ? (staffing as StaffingResult[])
    : input.staffing.map((row, i): StaffingResult => {
        const done = staffing[i];
        if (done) return done;
        const end = row.end ?? '';
        return {
          row,
          included: false,
          fteApplied: row.fte,
          fteProposed: row.fte,
          endApplied: end,
          endProposed: end,
          removed: false,
          appliedByYear: new Map(),
          proposedByYear: new Map(),
          appliedWhole: 0n,
          proposedWhole: 0n,
          payrollOverheadUsed: validated.payrollOverheads[i] ?? ZERO,
        };
      });
  const costResults = same
    ? (costs as CostResult[])
    : input.costs.map(
        (row, i): CostResult =>
          costs[i] ?? { row, included: false, appliedByYear: new Map(), proposedByYear: new Map() },
      );
  // Each row on the initiative it names (valid or not), so that no consumer joins them by name.
  for (const i of fresh) {
    const result = computed[i]!.result;
    result.staffing = staffingOf[i]!.map((p) => staffingResults[p]!);
    result.costs = costsOf[i]!.map((p) => costResults[p]!);
  }
  const initiatives = same ? same.results.slice() : computed.map((c) => c.result);
  if (same) for (const i of fresh) initiatives[i] = computed[i]!.result;
  const unreadInitiatives = same?.unreadInitiatives ?? unread(input, validated);

  // Frame (rule h; issue 13): Tillgängligt from its parts, then sums of the counting initiatives'
  // rounded year figures, then the equity carried through the years.
  const parts = resolveFrame(validated.frame, input.contributions ?? [], unreadFrameYearsOf(input));
  // After a cut the sums change by what the recomputed initiatives changed (exact integers).
  const aggregate = same ? same.aggregate.copy() : new Aggregate();
  if (same) for (const i of fresh) aggregate.remove(same.initiatives[i]!.sums);
  for (const i of same ? fresh : computed.keys()) aggregate.add(computed[i]!.sums);
  const spent = parts.frame.map((frameYear) => {
    const year = aggregate.years.get(frameYear.year);
    return {
      year: frameYear.year,
      available: frameYear.available,
      spentApplied: fromScaled(year?.applied ?? 0n, 0),
      spentProposed: fromScaled(year?.proposed ?? 0n, 0),
      granted: fromScaled(year?.granted ?? 0n, 0),
    };
  });
  const equityParameters = input.parameters.equity ?? null;
  const carried = equityParameters === null ? null : carryEquity(spent, equityParameters);
  const equityByYear = carried?.byYear ?? null;
  const frame = parts.frame.map((frameYear, i): FrameYearResult => {
    const { spentApplied: applied, spentProposed: proposed, granted } = spent[i]!;
    const available = new Dx(frameYear.available);
    const overApplied = applied.minus(available);
    const overProposed = proposed.minus(available);
    const equity = equityByYear?.get(frameYear.year) ?? null;
    return {
      year: frameYear.year,
      available: frameYear.available,
      contributions: frameYear.contributions,
      ownCosts: frameYear.ownCosts,
      applied,
      proposed,
      granted,
      overApplied,
      overProposed,
      overAppliedPercent: percentOf(overApplied, available),
      overProposedPercent: percentOf(overProposed, available),
      equityStartApplied: equity?.startApplied ?? null,
      equityStartProposed: equity?.startProposed ?? null,
      equityEndApplied: equity?.endApplied ?? null,
      equityEndProposed: equity?.endProposed ?? null,
      shortApplied: equity?.shortApplied ?? null,
      shortProposed: equity?.shortProposed ?? null,
    };
  });
  const available = frame.reduce((acc, f) => acc.plus(f.available), new Dx(0));
  const overApplied = frame.reduce((acc, f) => acc.plus(f.overApplied), new Dx(0));
  const overProposed = frame.reduce((acc, f) => acc.plus(f.overProposed), new Dx(0));

  const years = same?.decisionYears ?? decisionYears(input);
  const result: BudgetResult = {
    scenario: scenarioName,
    initiatives,
    staffing: staffingResults,
    unreadInitiatives,
    frame,
    decisionYears: [...years],
    equity: equityByYear === null ? null : equityParameters,
    totals: {
      applied: fromScaled(aggregate.applied, 0),
      proposed: fromScaled(aggregate.proposed, 0),
      granted: fromScaled(aggregate.granted, 0),
      selfFinanced: fromScaled(aggregate.selfFinanced, 0),
      decisionAmount: aggregate.decision,
      available,
      overApplied,
      overProposed,
      overAppliedPercent: percentOf(overApplied, available),
      overProposedPercent: percentOf(overProposed, available),
    },
    adjustmentsApplied: plan.applied,
    issues: [
      ...validated.issues,
      ...parts.issues,
      ...screened.issues,
      ...plan.issues,
      ...(carried?.issues ?? []),
    ],
  };
  const kept: Reusable = {
    input,
    validated,
    staffingOf,
    costsOf,
    staffing: staffingResults,
    costs: costResults,
    initiatives: computed,
    results: initiatives,
    planned: [...new Set(same ? [...same.planned, ...fresh] : computed.keys())].filter(
      (i) => computed[i]!.signature !== '',
    ),
    unreadInitiatives,
    aggregate,
    decisionYears: years,
  };
  Object.defineProperty(result, REUSABLE, { value: kept });
  return result;
}

/** Per initiative, the positions of the rows whose owner it is. */
function positionsByOwner(owners: readonly number[], count: number): number[][] {
  const out = Array.from({ length: count }, (): number[] => []);
  owners.forEach((owner, position) => out[owner]?.push(position));
  return out;
}

/** Names rejected while reading that no initiative result has, one per name. */
function unread(input: BudgetInput, validated: Validated): string[] {
  const names: string[] = [];
  const keys = new Set<string>();
  for (const name of input.rejectedInitiatives ?? []) {
    const key = nameKey(name);
    if (validated.firstIndex.has(key) || keys.has(key)) continue;
    keys.add(key);
    names.push(name);
  }
  return names;
}

/** An initiative with an error: zero figures over its period, no decision. */
function excludedInitiative(
  initiative: BudgetInput['initiatives'][number],
  roundStatus: RoundStatus,
): { result: InitiativeResult; sums: Sums } {
  const zero = excludedFigures(initiative.start, initiative.end);
  return {
    sums: {
      included: false,
      counts: false,
      granted: false,
      applied: zero,
      proposed: zero,
      selfFinanced: zero,
      decision: ZERO,
    },
    result: {
      initiative,
      included: false,
      roundStatus,
      counts: false,
      applied: zero.figures,
      proposed: zero.figures,
      selfFinanced: zero.figures,
      selfFinancedApplied: zero.figures,
      decisionAmount: ZERO,
      adjusted: false,
      removed: false,
      capApplied: null,
      status: initiative.maxGrant === null ? 'noMax' : 'withinMax',
      statedDifference: null,
      statedDifferenceMatters: false,
      staffing: [],
      costs: [],
      proposedEnd: initiative.end,
      cap: null,
      adjustments: [],
    },
  };
}

function computeInitiative(
  valid: ValidInitiative,
  plan: InitiativePlan | undefined,
  roundStatus: RoundStatus,
  parameters: Parameters,
  indexes: SalaryIndexes,
  staffingOut: Array<StaffingResult | undefined>,
  costsOut: Array<CostResult | undefined>,
): { result: InitiativeResult; sums: Sums } {
  const { initiative, firstMonth, lastMonth } = valid;
  const count = lastMonth - firstMonth + 1;
  const years: number[] = [];
  for (let y = valid.start.year; y <= valid.end.year; y++) years.push(y);
  const shapes = new StaffingShapes(indexes.of(valid.start, lastMonth));

  const changes =
    plan !== undefined && (plan.removed || plan.end !== null || plan.cap !== null || plan.rows.size > 0);
  const removed = plan?.removed ?? false;
  const planEnd = plan?.end ?? null;

  const grantApplied = new MonthAccumulator(firstMonth, count);
  const ownApplied = new MonthAccumulator(firstMonth, count);
  const grantProposed = new MonthAccumulator(firstMonth, count);
  const ownProposed = new MonthAccumulator(firstMonth, count);
  let adjusted = removed || planEnd !== null;

  for (const s of valid.staffing) {
    const row = proposedRow(s, plan, planEnd, shapes);
    const grant = s.row.funding === 'grant';
    (grant ? grantApplied : ownApplied).addStaffing(row.shape, row.factor);
    if (changes && !row.removed)
      (grant ? grantProposed : ownProposed).addStaffing(row.proposedShape, row.proposedFactor);
    if (row.changed) adjusted = true;
    staffingOut[s.position] = new StaffingRowResult(
      s.row,
      row.removed ? ZERO : row.fte,
      isoDate(s.end),
      row.removed ? null : isoDate(row.end),
      row.removed,
      s.payrollOverhead,
      new StaffingYears(row, years),
    );
  }

  for (const { row: cost, position } of valid.costs) {
    const start: CalendarDate =
      cost.year === null || cost.year === valid.start.year
        ? valid.start
        : { year: cost.year, month: 1, day: 1 };
    const end: CalendarDate =
      cost.year === null || cost.year === valid.end.year
        ? valid.end
        : { year: cost.year, month: 12, day: 31 };
    const pieces = spreadAmount(cost.amount, start, end);
    (cost.funding === 'grant' ? grantApplied : ownApplied).add(pieces);
    let kept = pieces;
    if (removed) kept = [];
    else if (changes) {
      if (planEnd !== null && ordinal(planEnd) < ordinal(end))
        kept = truncatePieces(pieces, start, planEnd, end);
      (cost.funding === 'grant' ? grantProposed : ownProposed).add(kept);
    }
    costsOut[position] = new CostRowResult(cost, new CostYears(pieces, kept, years));
  }

  let capApplied: Decimal | null = null;
  let appliedMonths: MonthSource = grantApplied;
  const bindingCap = roundStatus === 'granted' ? initiative.maxGrant : null;
  if (bindingCap !== null) {
    const cap = unitsOf(bindingCap);
    if (sum(grantApplied.yearSums()) > cap) {
      appliedMonths = monthsGiven(firstMonth, scaleToCap(grantApplied.months(), cap));
      capApplied = bindingCap;
    }
  }
  const applied = buildFigures(appliedMonths);
  const ownAppliedFigures = buildFigures(ownApplied);
  let proposed = applied;
  let ownProposedFigures = ownAppliedFigures;
  if (changes) {
    let months: MonthSource = grantProposed;
    if (plan?.cap != null) {
      const cap = unitsOf(plan.cap);
      if (sum(grantProposed.yearSums()) > cap) {
        months = monthsGiven(firstMonth, scaleToCap(grantProposed.months(), cap));
        capApplied = plan.cap;
        adjusted = true;
      }
    }
    proposed = buildFigures(months);
    ownProposedFigures = removed || planEnd !== null ? buildFigures(ownProposed) : ownAppliedFigures;
  }

  const rounded = decisionAmountOfWhole(
    proposed.rounded.total,
    parameters.roundingStep,
    parameters.roundingMode,
  );
  // A granted initiative's decision is already taken: rounding up never lifts it above its Maxbelopp.
  const decision = bindingCap !== null && rounded.gt(bindingCap) ? bindingCap : rounded;
  const status =
    initiative.maxGrant === null ? 'noMax' : decision.gt(initiative.maxGrant) ? 'overMax' : 'withinMax';
  return {
    result: {
      initiative,
      included: true,
      roundStatus,
      counts: roundStatus !== 'rejected',
      applied: applied.figures,
      proposed: proposed.figures,
      selfFinanced: ownProposedFigures.figures,
      selfFinancedApplied: ownAppliedFigures.figures,
      decisionAmount: decision,
      adjusted,
      removed,
      capApplied,
      status,
      statedDifference:
        initiative.statedApplied === null
          ? null
          : new Dx(initiative.statedApplied).minus(applied.figures.rounded.total),
      statedDifferenceMatters:
        initiative.statedApplied !== null &&
        statedDifferenceMatters(
          initiative.statedApplied,
          applied.figures.rounded.total,
          parameters.roundingStep,
          parameters.roundingMode,
        ),
      staffing: [],
      costs: [],
      proposedEnd: planEnd === null ? initiative.end : isoDate(planEnd),
      cap: plan?.cap ?? null,
      adjustments: plan?.applied ?? [],
    },
    sums: {
      included: true,
      counts: roundStatus !== 'rejected',
      granted: roundStatus === 'granted',
      applied,
      proposed,
      selfFinanced: ownProposedFigures,
      decision,
    },
  };
}

/** A row's whole kronor per year, applied and proposed (see CostYears and StaffingYears). */
interface RowYears {
  applied(): ReadonlyMap<number, Decimal>;
  proposed(): ReadonlyMap<number, Decimal>;
  /** The sums of applied()'s and proposed()'s years, without making them (roundedTotalOver). */
  appliedWhole(): Kronor;
  proposedWhole(): Kronor;
}

/**
 * A cost row's whole kronor per year, made on first read and kept: only the initiative's detail
 * view and the decision sheet read them, and rounding every row's years at every cut would cost
 * more than the rest of the computation. The same pieces give the same map. A class rather than
 * closures: it is made for every row.
 */
class CostYears implements RowYears {
  private appliedYears: ReadonlyMap<number, Decimal> | undefined;
  private proposedYears: ReadonlyMap<number, Decimal> | undefined;

  constructor(
    private readonly appliedPieces: readonly Piece[],
    private readonly proposedPieces: readonly Piece[],
    private readonly years: readonly number[],
  ) {}

  applied(): ReadonlyMap<number, Decimal> {
    return (this.appliedYears ??= roundedYears(piecesByYear(this.appliedPieces), this.years));
  }

  proposed(): ReadonlyMap<number, Decimal> {
    return (this.proposedYears ??=
      this.proposedPieces === this.appliedPieces
        ? this.applied()
        : roundedYears(piecesByYear(this.proposedPieces), this.years));
  }

  appliedWhole(): Kronor {
    return roundedTotalOver(this.appliedPieces, this.years);
  }

  proposedWhole(): Kronor {
    return roundedTotalOver(this.proposedPieces, this.years);
  }
}

const NO_UNITS: ReadonlyMap<number, Units> = new Map();

/** A staffing row's whole kronor per year from its factor × its period's shape (see CostYears). */
class StaffingYears implements RowYears {
  private appliedYears: ReadonlyMap<number, Decimal> | undefined;
  private proposedYears: ReadonlyMap<number, Decimal> | undefined;

  constructor(
    private readonly row: RowUnderScenario,
    private readonly years: readonly number[],
  ) {}

  applied(): ReadonlyMap<number, Decimal> {
    const { shape, factor } = this.row;
    return (this.appliedYears ??= roundedYears(factor === 0n ? NO_UNITS : shape.yearsOf(factor), this.years));
  }

  proposed(): ReadonlyMap<number, Decimal> {
    if (this.proposedYears) return this.proposedYears;
    const { shape, factor, proposedShape, proposedFactor, removed } = this.row;
    if (!removed && proposedShape === shape && proposedFactor === factor)
      return (this.proposedYears = this.applied());
    const units = removed || proposedFactor === 0n ? NO_UNITS : proposedShape.yearsOf(proposedFactor);
    return (this.proposedYears = roundedYears(units, this.years));
  }
  appliedWhole(): Kronor {
    const { shape, factor } = this.row;
    return roundedTotalOver(shape.pieces, this.years, factor);
  }

  proposedWhole(): Kronor {
    const { proposedShape, proposedFactor, removed } = this.row;
    return removed ? (0n as Kronor) : roundedTotalOver(proposedShape.pieces, this.years, proposedFactor);
  }
}

/**
 * An included staffing row's result. Classes with the year getters on the prototype: one is made
 * for every row, and an object literal with getters costs several times as much to make and to
 * collect (about 1 KB each).
 */
class StaffingRowResult implements StaffingResult {
  readonly included = true;
  readonly fteApplied: Decimal;

  constructor(
    readonly row: StaffingResult['row'],
    readonly fteProposed: Decimal,
    readonly endApplied: string,
    readonly endProposed: string | null,
    readonly removed: boolean,
    readonly payrollOverheadUsed: Decimal,
    private readonly years: RowYears,
  ) {
    this.fteApplied = row.fte;
  }

  get appliedByYear(): ReadonlyMap<number, Decimal> {
    return this.years.applied();
  }

  get proposedByYear(): ReadonlyMap<number, Decimal> {
    return this.years.proposed();
  }

  get appliedWhole(): Kronor {
    return this.years.appliedWhole();
  }

  get proposedWhole(): Kronor {
    return this.years.proposedWhole();
  }
}

/** An included cost row's result (see StaffingRowResult). */
class CostRowResult implements CostResult {
  readonly included = true;

  constructor(
    readonly row: CostResult['row'],
    private readonly years: RowYears,
  ) {}

  get appliedByYear(): ReadonlyMap<number, Decimal> {
    return this.years.applied();
  }

  get proposedByYear(): ReadonlyMap<number, Decimal> {
    return this.years.proposed();
  }
}

/** A staffing row as applied and under the scenario: a monthly cost factor over a period. */
interface RowUnderScenario {
  shape: StaffingShape;
  factor: Factor;
  /** When not removed; the applied shape and factor themselves when unchanged. */
  proposedShape: StaffingShape;
  proposedFactor: Factor;
  fte: Decimal;
  end: CalendarDate;
  removed: boolean;
  changed: boolean;
}

function proposedRow(
  s: ValidStaffing,
  plan: InitiativePlan | undefined,
  planEnd: CalendarDate | null,
  shapes: StaffingShapes,
): RowUnderScenario {
  const factor = baseMonthlyCost(s.row.monthlySalary, s.row.fte, s.payrollOverhead);
  const shape = shapes.of(s.start, s.end);
  const rowPlan = s.row.funding === 'grant' ? plan?.rows.get(s.position) : undefined;
  const fte = rowPlan?.fte ?? s.row.fte;
  let end = rowPlan?.end ?? s.end;
  if (planEnd !== null) end = minDate(end, planEnd);
  const removed = (plan?.removed ?? false) || (rowPlan?.removed ?? false) || ordinal(end) < ordinal(s.start);
  const sameFte = fte === s.row.fte || fte.eq(s.row.fte);
  const changed = removed || !sameFte || ordinal(end) !== ordinal(s.end);
  if (!changed || removed) {
    return { shape, factor, proposedShape: shape, proposedFactor: factor, fte, end, removed, changed };
  }
  return {
    shape,
    factor,
    proposedShape: ordinal(end) === ordinal(s.end) ? shape : shapes.of(s.start, end),
    proposedFactor: sameFte ? factor : baseMonthlyCost(s.row.monthlySalary, fte, s.payrollOverhead),
    fte,
    end,
    removed,
    changed,
  };
}

/** Years in which an application of this round runs (see BudgetResult.decisionYears). */
function decisionYears(input: BudgetInput): number[] {
  const years = new Set<number>();
  for (const initiative of input.initiatives) {
    if ((initiative.roundStatus ?? 'application') !== 'application') continue;
    const start = parseIsoDate(initiative.start);
    const end = parseIsoDate(initiative.end);
    if (!start || !end || ordinal(end) < ordinal(start)) continue;
    for (let y = start.year; y <= end.year; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Zero figures over an initiative's period when its dates can be read, else none. */
function excludedFigures(startIso: string, endIso: string): BuiltFigures {
  const start = parseIsoDate(startIso);
  const end = parseIsoDate(endIso);
  if (!start || !end || ordinal(end) < ordinal(start)) return zeroFigures(0, 0);
  return zeroFigures(monthOf(start), monthOf(end) - monthOf(start) + 1);
}

/**
 * The years of the Ram rows the reader could not read (their År cell as written, '2025' or
 * 'år 2025'): the year is in Ram, only its row is in error, which its own issue says.
 */
function unreadFrameYearsOf(input: BudgetInput): ReadonlySet<number> {
  const years = new Set<number>();
  for (const r of input.rejectedRows ?? []) {
    const year = r.table === 'Ram' && r.year ? /\b(\d{4})\b/.exec(r.year) : null;
    if (year) years.add(Number(year[1]));
  }
  return years;
}
