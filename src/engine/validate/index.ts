// Cross-row checks (rules b, d, e and the frame). A row with an error takes no part in any figure;
// an initiative with an error is left out together with its rows, without further messages.
import type { Issue } from '../../issues/types';
import { nameKey } from '../../workbook/names';
import type { BudgetInput } from '../types';
import { validateCosts, validateFrame } from './costs-and-frame';
import { validateInitiatives } from './initiatives';
import { validateStaffing } from './staffing';
import type { Validated } from './types';

export { checkDate } from './checks';
export type { ValidCost, ValidInitiative, ValidStaffing, Validated } from './types';

export function validate(input: BudgetInput): Validated {
  const issues: Issue[] = [];
  const silentKeys = new Set((input.rejectedInitiatives ?? []).map(nameKey));
  const { initiatives, byKey, firstIndex } = validateInitiatives(input.initiatives, silentKeys, issues);
  const staffing = validateStaffing(input.staffing, input.parameters, byKey, firstIndex, silentKeys, issues);
  const costOwners = validateCosts(input.costs, byKey, firstIndex, silentKeys, issues);
  const frame = validateFrame(input.frame, issues);
  return {
    initiatives,
    byKey,
    firstIndex,
    silentKeys,
    payrollOverheads: staffing.payrollOverheads,
    staffingOwners: staffing.owners,
    costOwners,
    frame,
    issues,
  };
}
