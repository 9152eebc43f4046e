// What the three balancing methods share: the base scenario's result, the target, the open
// initiatives, and the exact check of a set of added rows through computeBudget (incremental: only
// the initiatives whose rows changed are computed again).
import type Decimal from 'decimal.js';
import { computeBudget } from '../compute';
import { roundStatusOf } from '../round-status';
import { scenarioNames } from '../scenarios';
import { Dx, ZERO } from '../units';
import { nameKey } from '../../workbook/names';
import type { Adjustment, BudgetInput, BudgetResult, InitiativeResult } from '../types';
import { scaled } from './scaled';
import type { BalanceOptions, BalanceTarget } from './types';

/** The scenario the methods compute under; renamed to the method's name in the proposal. */
const WORK = '\u0001balansering';

/** An application that a proposal may cut: counted, not held, with something left to cut. */
export interface OpenInitiative {
  /** Position in input.initiatives. */
  index: number;
  name: string;
  result: InitiativeResult;
  /** Proposed total under the base scenario, whole kronor. */
  total: Decimal;
  /** Proposed per year under the base scenario, whole kronor. */
  years: ReadonlyMap<number, Decimal>;
  /** The held staffing rows' proposed total under the base scenario (kept whole by a cap). */
  held: Decimal;
  /** The least cap: the held part rounded up to the step (0 without held rows). Below total. */
  minimum: Decimal;
  /** The same as scaled BigInt (see scaled.ts), for the searches. */
  s: { total: bigint; years: Map<number, bigint>; held: bigint; minimum: bigint };
}

export class BalanceContext {
  readonly base: BudgetResult;
  readonly baseName: string | null;
  readonly target: BalanceTarget;
  readonly step: Decimal;
  readonly open: OpenInitiative[];
  /** The Ram years in frame order. */
  readonly ramYears: number[];
  /** The base scenario's rows that took effect, in table order. */
  readonly baseRows: readonly Adjustment[];
  /** The base result's excess per target year (see excess()), scaled. */
  readonly baseExcessScaled: Map<number, bigint>;
  /** The step, scaled. */
  readonly stepScaled: bigint;
  private readonly copies: readonly Adjustment[];
  /**
   * The scenario the searches compute under: the base scenario itself with the added rows after its
   * own (a later row overrides an earlier one on the same role or Tak, so the figures are those of
   * the proposal's rows), so that computeBudget reuses every initiative the rows do not touch.
   */
  private readonly working: string;

  constructor(
    readonly input: BudgetInput,
    options: BalanceOptions,
  ) {
    this.base = computeBudget(input, options.baseScenario);
    this.baseName = options.baseScenario === null ? null : this.base.scenario;
    this.step = input.parameters.roundingStep.gt(0) ? input.parameters.roundingStep : new Dx(1);
    this.ramYears = this.base.frame.map((f) => f.year);
    this.target = resolveTarget(this.base, options.years ?? null);
    this.baseRows = this.baseName === null ? [] : this.base.adjustmentsApplied;
    this.copies = this.baseRows.map((a, i) => ({
      ...a,
      id: `Förslag:base:${i}`,
      scenario: WORK,
      source: undefined,
    }));
    this.open = openInitiatives(this.base, this.step);
    this.baseExcessScaled = new Map([...this.excess(this.base)].map(([y, e]) => [y, scaled(e)]));
    this.stepScaled = scaled(this.step);
    this.working = this.base.scenario ?? WORK;
  }

  /** The new scenario's rows: the base's copies less those the added rows supersede, then the added. */
  rowsWith(added: readonly Adjustment[]): Adjustment[] {
    const caps = new Set(added.filter((a) => a.action === 'cap').map((a) => nameKey(a.initiative)));
    const roles = new Set(
      added.flatMap((a) =>
        a.action === 'setFte' ? [`${nameKey(a.initiative)}\u0000${nameKey(a.role)}`] : [],
      ),
    );
    const kept = this.copies.filter((a) => {
      if (a.action === 'cap') return !caps.has(nameKey(a.initiative));
      if (a.action === 'setFte') return !roles.has(`${nameKey(a.initiative)}\u0000${nameKey(a.role)}`);
      return true;
    });
    return [...kept, ...added.map((a) => ({ ...a, scenario: WORK }))];
  }

  /** The exact figures with these rows added to the base scenario. */
  evaluate(added: readonly Adjustment[]): BudgetResult {
    const rows = added.map((a) => ({ ...a, scenario: this.working }));
    return computeBudget(
      { ...this.input, adjustments: [...this.input.adjustments, ...rows] },
      this.working,
      this.base,
    );
  }

  /** Per target year, how far the result misses (> 0) or clears (≤ 0) the target, in kronor. */
  excess(result: BudgetResult): Map<number, Decimal> {
    const out = new Map<number, Decimal>();
    const floor = this.target.equityFloor;
    for (const f of result.frame) {
      if (!this.target.years.includes(f.year)) continue;
      out.set(f.year, floor === null ? f.overProposed : floor.minus(f.equityEndProposed ?? ZERO));
    }
    return out;
  }

  meets(result: BudgetResult): boolean {
    for (const e of this.excess(result).values()) if (e.gt(0)) return false;
    return true;
  }

  /** A cap row of the new scenario. */
  cap(open: OpenInitiative, amount: Decimal, reason: string): Adjustment {
    return {
      id: `Förslag:cap:${open.index}`,
      scenario: WORK,
      initiative: open.name,
      reason,
      action: 'cap',
      amount,
    };
  }

  /** `value` (scaled) rounded down to the step, never below the initiative's least cap. */
  floorCap(open: OpenInitiative, value: bigint): bigint {
    const down = (value / this.stepScaled) * this.stepScaled;
    return down > open.s.minimum ? down : open.s.minimum;
  }

  /** A free scenario name: the name itself, else "name (2)", "name (3)", … */
  freeName(name: string): string {
    const taken = new Set(scenarioNames(this.input).map(nameKey));
    if (!taken.has(nameKey(name))) return name;
    for (let n = 2; ; n++) if (!taken.has(nameKey(`${name} (${n})`))) return `${name} (${n})`;
  }

  /** The Ram years up to and including the last target year (those whose spending moves its equity). */
  equityYearsUpTo(year: number): number[] {
    return this.ramYears.filter((y) => y <= year);
  }
}

function resolveTarget(base: BudgetResult, chosen: readonly number[] | null): BalanceTarget {
  const ram = new Set(base.frame.map((f) => f.year));
  const equityFloor = base.equity === null ? null : base.equity.floor;
  const years =
    chosen !== null
      ? [...new Set(chosen)].filter((y) => ram.has(y))
      : equityFloor !== null
        ? [...ram]
        : base.decisionYears.filter((y) => ram.has(y));
  return { years: years.sort((a, b) => a - b), equityFloor };
}

function openInitiatives(base: BudgetResult, step: Decimal): OpenInitiative[] {
  const out: OpenInitiative[] = [];
  base.initiatives.forEach((result, index) => {
    const initiative = result.initiative;
    if (!result.counts || roundStatusOf(initiative) !== 'application' || initiative.held) return;
    const total = result.proposed.rounded.total;
    if (!total.gt(0)) return;
    let held: Decimal = ZERO;
    for (const s of result.staffing) {
      if (!s.included || !s.row.held || s.row.funding !== 'grant') continue;
      for (const v of s.proposedByYear.values()) held = held.plus(v);
    }
    const minimum = held.div(step).ceil().times(step);
    if (minimum.gte(total)) return;
    out.push({
      index,
      name: initiative.name,
      result,
      total,
      years: result.proposed.rounded.byYear,
      held,
      minimum,
      s: {
        total: scaled(total),
        years: new Map([...result.proposed.rounded.byYear].map(([y, v]) => [y, scaled(v)])),
        held: scaled(held),
        minimum: scaled(minimum),
      },
    });
  });
  return out;
}
