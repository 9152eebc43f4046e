// Justeringar: the scenarios' cuts. Each row's Värde is read as what its action needs.
import type { Adjustment } from '../../engine/types';
import type { Issue } from '../../issues/types';
import { sameName } from '../../workbook/names';
import { parseAction, parseDate, parseFte } from '../cells';
import { tableMessages } from '../messages';
import type { FoundTable } from './find-tables';
import type { Read } from './input-rows';
import { actionName, amountFor, readRows, requiredValue, text } from './row-reader';

export function readAdjustments(
  found: FoundTable | null,
  issues: Issue[],
): Read<Adjustment> & { scenarios: string[] } {
  const rows: Adjustment[] = [];
  // Every scenario a row names, also a row with errors: the scenario exists, its broken rows are errors at their cells.
  const scenarios: string[] = [];
  const content = readRows('Justeringar', found, issues, (r) => {
    const scenario = r.read('Scenario', text, true);
    if (scenario && !scenarios.some((n) => sameName(n, scenario))) scenarios.push(scenario.trim());
    const initiative = r.read('Insats', text, true);
    const role = r.read('Roll', text, false);
    const action = r.read('Åtgärd', parseAction, true);
    const reason = r.read('Motivering', text, false);
    const base = {
      id: `Justeringar:${r.row}`,
      scenario: scenario!,
      initiative: initiative!,
      reason: reason ?? null,
      source: r.source(),
    };
    let adjustment: Adjustment | null = null;
    switch (action) {
      case 'setFte': {
        if (role === null)
          r.report('Roll', {
            severity: 'error',
            code: 'role-required',
            message: tableMessages.roleRequired(),
          });
        const fte = requiredValue(r, 'setFte', () => r.read('Värde', parseFte, false));
        if (fte && role) adjustment = { ...base, action: 'setFte', role, fte };
        break;
      }
      case 'remove':
        if (!r.blank('Värde'))
          r.report('Värde', {
            severity: 'warning',
            code: 'value-ignored',
            message: tableMessages.valueIgnored(actionName('remove')),
          });
        if (role !== undefined) adjustment = { ...base, action: 'remove', role };
        break;
      case 'setEnd': {
        const end = requiredValue(r, 'setEnd', () => r.read('Värde', parseDate, false));
        if (end && role !== undefined) adjustment = { ...base, action: 'setEnd', role, end };
        break;
      }
      case 'cap': {
        if (role)
          r.report('Roll', {
            severity: 'warning',
            code: 'role-ignored',
            message: tableMessages.roleIgnored(),
          });
        const amount = requiredValue(r, 'cap', () => r.read('Värde', amountFor('Justeringar/Tak'), false));
        if (amount) adjustment = { ...base, action: 'cap', amount };
        break;
      }
      default:
        break;
    }
    if (r.hasError || !adjustment) return;
    rows.push(adjustment);
  });
  return { rows, content, scenarios };
}
