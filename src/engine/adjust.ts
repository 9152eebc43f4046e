// Rule g: a scenario's adjustments, matched to rows and checked. The application itself never
// changes; the result is a plan of what differs under the scenario. Adjustments apply in input
// order, later ones overriding earlier ones on the same row.
import type Decimal from 'decimal.js';
import type { Issue } from '../issues/types';
import { type CalendarDate, isoDate, ordinal } from './calendar';
import { CODE, COLUMN, issueAt } from './issues';
import { nameKey } from '../workbook/names';
import { messages } from './messages';
import { sharedFte } from './role-rows';
import type { Adjustment } from './types';
import { type ValidInitiative, type ValidStaffing, type Validated, checkDate } from './validate';

/** A grant-funded staffing row under the scenario. */
export interface RowPlan {
  fte: Decimal;
  end: CalendarDate;
  removed: boolean;
}

export interface InitiativePlan {
  /** The whole initiative is removed (grant and self-financing). */
  removed: boolean;
  /** The whole initiative ends early on this date. */
  end: CalendarDate | null;
  cap: Decimal | null;
  /** By ValidStaffing.position; only rows an adjustment touched. */
  rows: Map<number, RowPlan>;
  /** The adjustments that took effect on the initiative, in table order. */
  applied: Adjustment[];
}

export interface ScenarioPlan {
  byKey: Map<string, InitiativePlan>;
  applied: Adjustment[];
  issues: Issue[];
}

export function planScenario(
  validated: Validated,
  adjustments: readonly Adjustment[],
  scenario: string | null,
): ScenarioPlan {
  const plan: ScenarioPlan = { byKey: new Map(), applied: [], issues: [] };
  if (scenario === null) return plan;
  const scenarioKey = nameKey(scenario);
  for (const adjustment of adjustments) {
    if (nameKey(adjustment.scenario) !== scenarioKey) continue;
    const key = nameKey(adjustment.initiative);
    const owner = validated.byKey.get(key);
    if (!owner) {
      if (!validated.silentKeys.has(key)) {
        plan.issues.push(
          issueAt(
            'error',
            CODE.unknownInitiative,
            adjustment.source,
            COLUMN.initiative,
            adjustment.initiative,
            messages.unknownInitiative(adjustment.initiative),
          ),
        );
      }
      continue;
    }
    const target = initiativePlan(plan, key);
    if (apply(adjustment, owner, target, plan.issues)) {
      plan.applied.push(adjustment);
      target.applied.push(adjustment);
    }
  }
  return plan;
}

function initiativePlan(plan: ScenarioPlan, key: string): InitiativePlan {
  let found = plan.byKey.get(key);
  if (!found) {
    found = { removed: false, end: null, cap: null, rows: new Map(), applied: [] };
    plan.byKey.set(key, found);
  }
  return found;
}

function rowPlan(target: InitiativePlan, row: ValidStaffing): RowPlan {
  let found = target.rows.get(row.position);
  if (!found) {
    found = { fte: row.row.fte, end: row.end, removed: false };
    target.rows.set(row.position, found);
  }
  return found;
}

/** Applies one adjustment to the plan; false (with an issue) when it cannot take effect. */
function apply(
  adjustment: Adjustment,
  owner: ValidInitiative,
  target: InitiativePlan,
  issues: Issue[],
): boolean {
  const fail = (
    code: string,
    column: (typeof COLUMN)[keyof typeof COLUMN],
    value: string | number | null,
    message: Issue['message'],
  ): false => {
    issues.push(issueAt('error', code, adjustment.source, column, value, message));
    return false;
  };

  if (adjustment.action === 'cap') {
    if (adjustment.amount.isNegative()) {
      return fail(
        CODE.negativeValue,
        COLUMN.value,
        adjustment.amount.toString(),
        messages.negativeCap(adjustment.amount.toString()),
      );
    }
    target.cap = adjustment.amount;
    return true;
  }

  let end: CalendarDate | null = null;
  if (adjustment.action === 'setEnd') {
    end = checkDate(adjustment.end, adjustment.source, COLUMN.value, issues);
    if (!end) return false;
    if (ordinal(end) < ordinal(owner.start) || ordinal(end) > ordinal(owner.end)) {
      return fail(
        CODE.adjustmentDateOutsidePeriod,
        COLUMN.value,
        adjustment.end,
        messages.adjustmentDateOutside(adjustment.end, isoDate(owner.start), isoDate(owner.end)),
      );
    }
  }

  if (adjustment.role === null) {
    if (adjustment.action === 'remove') target.removed = true;
    else if (end) target.end = end;
    return true;
  }

  const role = adjustment.role;
  const roleKey = nameKey(role);
  const sameRole = owner.staffing.filter((s) => nameKey(s.row.role) === roleKey);
  const matches = sameRole.filter((s) => s.row.funding === 'grant');
  if (matches.length === 0) {
    if (sameRole.length > 0) {
      return fail(
        CODE.adjustmentOnlySelfFinanced,
        COLUMN.role,
        role,
        messages.roleOnlySelfFinanced(role, owner.initiative.name),
      );
    }
    return fail(
      CODE.adjustmentNoMatch,
      COLUMN.role,
      role,
      messages.roleNotFound(role, owner.initiative.name),
    );
  }

  switch (adjustment.action) {
    case 'setFte': {
      if (sharedFte(matches.map((s) => s.row.fte)) === null) {
        const rows = matches.map((s) => ({ row: s.row.source?.row ?? null, id: s.row.id, fte: s.row.fte }));
        return fail(CODE.adjustmentSeveralRows, COLUMN.role, role, messages.roleRowsDiffer(role, rows));
      }
      if (adjustment.fte.isNegative()) {
        return fail(
          CODE.negativeValue,
          COLUMN.value,
          adjustment.fte.toString(),
          messages.negativeFte(adjustment.fte.toString()),
        );
      }
      // Every row of the role: they share one FTE, so the role is one post.
      for (const s of matches) {
        const planned = rowPlan(target, s);
        planned.fte = adjustment.fte;
        planned.removed = false;
      }
      return true;
    }
    case 'remove':
      for (const s of matches) rowPlan(target, s).removed = true;
      return true;
    case 'setEnd': {
      const date = end as CalendarDate;
      const late = matches.find((s) => ordinal(s.start) > ordinal(date));
      if (late) {
        return fail(
          CODE.adjustmentEndBeforeRowStart,
          COLUMN.value,
          adjustment.end,
          messages.adjustmentEndBeforeRowStart(adjustment.end, isoDate(late.start)),
        );
      }
      for (const s of matches) rowPlan(target, s).end = date;
      return true;
    }
  }
}
