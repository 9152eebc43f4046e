// Hand-built engine results for the summary tests: figures whose parts add up exactly, as rule i
// promises, without needing the engine itself.
import Decimal from 'decimal.js';
import type {
  Adjustment,
  BudgetInput,
  BudgetResult,
  Figures,
  FrameYearResult,
  Initiative,
  RoundStatus,
  InitiativeResult,
  RoundedSeries,
  StaffingResult,
  StaffingRow,
} from '../../src/engine/types';
import type { SummaryContext } from '../../src/summary';
import { sameName } from '../../src/workbook/names';

const D = (n: Decimal.Value) => new Decimal(n);

/** Every 'YYYY-MM' from start's month to end's month. */
export function monthsOf(start: string, end: string): string[] {
  const months: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const ey = Number(end.slice(0, 4));
  const em = Number(end.slice(5, 7));
  while (y < ey || (y === ey && m <= em)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export const quarterOf = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** Figures from whole-kronor months; quarters, years and the total are their exact sums. */
export function figuresFromMonths(amounts: ReadonlyArray<{ month: string; amount: number }>): Figures {
  const byMonth = new Map<string, Decimal>();
  const byQuarter = new Map<string, Decimal>();
  const byYear = new Map<number, Decimal>();
  let total = D(0);
  for (const { month, amount } of amounts) {
    const a = D(amount);
    byMonth.set(month, a);
    byQuarter.set(quarterOf(month), (byQuarter.get(quarterOf(month)) ?? D(0)).plus(a));
    const y = Number(month.slice(0, 4));
    byYear.set(y, (byYear.get(y) ?? D(0)).plus(a));
    total = total.plus(a);
  }
  const rounded: RoundedSeries = { total, byYear, byQuarter, byMonth };
  return {
    exact: { months: amounts.map(({ month, amount }) => ({ month, amount: D(amount) })), total },
    rounded,
  };
}

/** A whole-kronor total spread evenly over the months of [start, end], the remainder to the first. */
export function spread(start: string, end: string, total: number): Figures {
  const months = monthsOf(start, end);
  const base = Math.floor(total / months.length);
  const rest = total - base * months.length;
  return figuresFromMonths(months.map((month, i) => ({ month, amount: base + (i < rest ? 1 : 0) })));
}

export interface InitiativeSpec {
  name: string;
  owner?: string | null;
  start: string;
  end: string;
  stated?: number | null;
  applied: number;
  proposed?: number;
  selfFinanced?: number;
  adjusted?: boolean;
  removed?: boolean;
  included?: boolean;
  roundStatus?: RoundStatus;
  step?: number;
  /** Months of the proposal, when it is not an even spread (e.g. a cap or an earlier end). */
  proposedFigures?: Figures;
  /** The end under the scenario; the application's by default. */
  proposedEnd?: string;
  cap?: number;
}

export function initiativeResult(spec: InitiativeSpec): InitiativeResult {
  const initiative: Initiative = {
    name: spec.name,
    owner: spec.owner === undefined ? 'Uppsala kommun' : spec.owner,
    partners: null,
    start: spec.start,
    end: spec.end,
    statedApplied: spec.stated === undefined || spec.stated === null ? null : D(spec.stated),
    maxGrant: null,
    ...(spec.roundStatus ? { roundStatus: spec.roundStatus } : {}),
  };
  const applied = spread(spec.start, spec.end, spec.applied);
  const proposed =
    spec.proposedFigures ?? spread(spec.start, spec.end, spec.removed ? 0 : (spec.proposed ?? spec.applied));
  const self = spread(spec.start, spec.end, spec.selfFinanced ?? 0);
  const step = D(spec.step ?? 1000);
  return {
    initiative,
    included: spec.included ?? true,
    roundStatus: spec.roundStatus ?? 'application',
    counts: (spec.included ?? true) && spec.roundStatus !== 'rejected',
    applied,
    proposed,
    selfFinanced: self,
    selfFinancedApplied: self,
    decisionAmount: proposed.rounded.total.div(step).ceil().times(step),
    adjusted: spec.adjusted ?? (spec.proposed !== undefined && spec.proposed !== spec.applied),
    removed: spec.removed ?? false,
    capApplied: null,
    status: 'noMax',
    statedDifference: initiative.statedApplied ? initiative.statedApplied.minus(applied.rounded.total) : null,
    statedDifferenceMatters: false,
    staffing: [],
    costs: [],
    proposedEnd: spec.proposedEnd ?? spec.end,
    cap: spec.cap === undefined ? null : D(spec.cap),
    adjustments: [],
  };
}

export interface StaffingSpec {
  initiative: string;
  role: string;
  fteApplied: number;
  fteProposed?: number;
  funding?: 'grant' | 'own';
  appliedByYear: Record<number, number>;
  proposedByYear?: Record<number, number>;
  endApplied: string;
  endProposed?: string | null;
  removed?: boolean;
  included?: boolean;
}

let rowCounter = 0;
export function staffingResult(spec: StaffingSpec): StaffingResult {
  const row: StaffingRow = {
    id: `Bemanning:${++rowCounter + 1}`,
    initiative: spec.initiative,
    role: spec.role,
    fte: D(spec.fteApplied),
    monthlySalary: D(40000),
    payrollOverhead: D('0.42'),
    start: null,
    end: null,
    funding: spec.funding ?? 'grant',
    employer: null,
  };
  const toMap = (r: Record<number, number>) => new Map(Object.entries(r).map(([y, v]) => [Number(y), D(v)]));
  // As the engine's: the years' sum in whole kronor.
  const whole = (r: Record<number, number>) => Object.values(r).reduce((a, v) => a + BigInt(v), 0n);
  return {
    row,
    included: spec.included ?? true,
    fteApplied: D(spec.fteApplied),
    fteProposed: D(spec.removed ? 0 : (spec.fteProposed ?? spec.fteApplied)),
    endApplied: spec.endApplied,
    endProposed: spec.removed ? null : (spec.endProposed ?? spec.endApplied),
    removed: spec.removed ?? false,
    appliedByYear: toMap(spec.appliedByYear),
    proposedByYear: toMap(spec.proposedByYear ?? spec.appliedByYear),
    appliedWhole: whole(spec.appliedByYear),
    proposedWhole: whole(spec.proposedByYear ?? spec.appliedByYear),
    payrollOverheadUsed: D('0.42'),
  };
}

const percentOf = (over: Decimal, available: Decimal): Decimal | null =>
  available.isZero() ? null : over.div(available).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);

/** The years any application runs in, as the engine says. */
function decisionYearsOf(initiatives: readonly InitiativeResult[]): number[] {
  const years = new Set<number>();
  for (const r of initiatives) {
    if ((r.initiative.roundStatus ?? 'application') !== 'application') continue;
    const first = Number(r.initiative.start.slice(0, 4));
    const last = Number(r.initiative.end.slice(0, 4));
    for (let y = first; y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Frame and totals as the engine computes them: sums of the included initiatives' rounded figures. */
export function budgetResult(options: {
  scenario?: string | null;
  initiatives: InitiativeResult[];
  staffing?: StaffingResult[];
  frame?: Array<{ year: number; available: number }>;
  adjustments?: Adjustment[];
  /** Initiatives rejected while reading, as the engine reports them (one per name, none with a result). */
  unreadInitiatives?: string[];
}): BudgetResult {
  // Link rows and adjustments to their initiatives as the engine does (by name, here in the fixture).
  const owner = (name: string) => options.initiatives.find((r) => sameName(r.initiative.name, name));
  for (const s of options.staffing ?? []) owner(s.row.initiative)?.staffing.push(s);
  for (const a of options.adjustments ?? []) owner(a.initiative)?.adjustments.push(a);
  const included = options.initiatives.filter((r) => r.counts);
  const granted = included.filter((r) => r.roundStatus === 'granted');
  const yearSum = (y: number, pick: (r: InitiativeResult) => Figures) =>
    included.reduce((s, r) => s.plus(pick(r).rounded.byYear.get(y) ?? 0), D(0));
  const frame: FrameYearResult[] = (options.frame ?? []).map(({ year, available }) => {
    const applied = yearSum(year, (r) => r.applied);
    const proposed = yearSum(year, (r) => r.proposed);
    const a = D(available);
    return {
      year,
      available: a,
      contributions: null,
      ownCosts: null,
      applied,
      proposed,
      granted: granted.reduce((s, r) => s.plus(r.applied.rounded.byYear.get(year) ?? 0), D(0)),
      overApplied: applied.minus(a),
      overProposed: proposed.minus(a),
      overAppliedPercent: percentOf(applied.minus(a), a),
      overProposedPercent: percentOf(proposed.minus(a), a),
      equityStartApplied: null,
      equityStartProposed: null,
      equityEndApplied: null,
      equityEndProposed: null,
      shortApplied: null,
      shortProposed: null,
    };
  });
  const total = (pick: (r: InitiativeResult) => Decimal) => included.reduce((s, r) => s.plus(pick(r)), D(0));
  const available = frame.reduce((s, f) => s.plus(f.available), D(0));
  const overApplied = frame.reduce((s, f) => s.plus(f.overApplied), D(0));
  const overProposed = frame.reduce((s, f) => s.plus(f.overProposed), D(0));
  return {
    scenario: options.scenario ?? null,
    initiatives: options.initiatives,
    staffing: options.staffing ?? [],
    unreadInitiatives: options.unreadInitiatives ?? [],
    frame,
    decisionYears: decisionYearsOf(options.initiatives),
    equity: null,
    totals: {
      applied: total((r) => r.applied.rounded.total),
      proposed: total((r) => r.proposed.rounded.total),
      granted: granted.reduce((s, r) => s.plus(r.applied.rounded.total), D(0)),
      selfFinanced: total((r) => r.selfFinanced.rounded.total),
      decisionAmount: total((r) => r.decisionAmount),
      available,
      overApplied,
      overProposed,
      overAppliedPercent: percentOf(overApplied, available),
      overProposedPercent: percentOf(overProposed, available),
    },
    adjustmentsApplied: options.adjustments ?? [],
    issues: [],
  };
}

export function emptyInput(overrides: Partial<BudgetInput> = {}): BudgetInput {
  return {
    initiatives: [],
    staffing: [],
    costs: [],
    frame: [],
    parameters: {
      payrollOverhead: null,
      payrollOverheadByEmployer: new Map(),
      salaryIncrease: null,
      salaryIncreaseByYear: new Map(),
      revisionMonth: 1,
      roundingStep: D(1000),
      roundingMode: 'up',
    },
    adjustments: [],
    ...overrides,
  };
}

export function context(overrides: Partial<SummaryContext> = {}): SummaryContext {
  return {
    lang: 'sv',
    writtenAt: '2024-09-12T14:03:00+02:00',
    fingerprint: 'a1b2c3d4e5f6',
    input: emptyInput(),
    ...overrides,
  };
}

/** The meeting of seed 004 with two more initiatives of seeds 002 and 003 beside it. */
export function seedMeeting(): BudgetResult {
  const samordnat = initiativeResult({
    name: 'Samordnat stöd för arbete eller studier',
    start: '2024-10-01',
    end: '2026-12-31',
    stated: 8_315_500,
    applied: 8_315_500,
    proposed: 6_984_000,
  });
  const framsteget = initiativeResult({
    name: 'Framsteget 2.0',
    owner: 'Håbo kommun',
    start: '2023-01-01',
    end: '2024-12-31',
    stated: 7_711_000,
    applied: 7_710_400,
  });
  const enVagIn = initiativeResult({
    name: 'En väg in-steget vidare',
    owner: 'Knivsta kommun',
    start: '2023-01-01',
    end: '2024-12-31',
    applied: 3_390_250,
  });
  const adjustment: Adjustment = {
    id: 'Justeringar:2',
    scenario: 'Kansliets förslag',
    initiative: 'Samordnat stöd för arbete eller studier',
    action: 'setFte',
    role: 'Coach',
    fte: D(3),
    reason: 'Översökning; en heltidstjänst coach mindre (kansliets förslag).',
  };
  return budgetResult({
    scenario: 'Kansliets förslag',
    initiatives: [framsteget, enVagIn, samordnat],
    staffing: [
      staffingResult({
        initiative: 'Samordnat stöd för arbete eller studier',
        role: 'Coach',
        fteApplied: 4,
        fteProposed: 3,
        appliedByYear: { 2024: 681_600, 2025: 2_726_400, 2026: 2_726_400 },
        proposedByYear: { 2024: 511_200, 2025: 2_044_800, 2026: 2_044_800 },
        endApplied: '2026-12-31',
      }),
      staffingResult({
        initiative: 'Samordnat stöd för arbete eller studier',
        role: 'Coach',
        fteApplied: 4,
        funding: 'own',
        appliedByYear: { 2024: 681_600, 2025: 2_726_400, 2026: 2_726_400 },
        endApplied: '2026-12-31',
      }),
      staffingResult({
        initiative: 'Framsteget 2.0',
        role: 'Coach',
        fteApplied: 3.5,
        appliedByYear: { 2023: 2_100_000, 2024: 2_163_000 },
        endApplied: '2024-12-31',
      }),
    ],
    frame: [
      { year: 2023, available: 12_000_000 },
      { year: 2024, available: 11_500_000 },
      { year: 2025, available: 3_000_000 },
      { year: 2026, available: 3_200_000 },
    ],
    adjustments: [adjustment],
  });
}
