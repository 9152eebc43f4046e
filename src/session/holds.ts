// Holds as edits of the user's own input tables: Låst = Ja on an Insatser row (an initiative) or on
// the Bemanning rows of a role, blank to release. The one other input edit the add-in makes, only on
// request. Only the Låst cells are written; when the table has no such column, it is added at the
// table's right end in the table's language (Låst / Held).
import type { BudgetInput } from '../engine/types';
import type { RowCell, TableColumnEdit } from '../workbook/port';
import type { CellType, CellValue } from '../workbook/snapshot';
import { HELD_LABELS, parseHeld } from '../contract/cells';
import { TABLE_SPECS, usesEnglish, type ColumnSpec } from '../contract/tables';
import type { FoundTables } from '../contract/read/find-tables';
import { TEXT_FORMAT } from '../format/excel-formats';
import { sameName } from '../workbook/names';

/** An initiative (role null) or a role within it. */
export interface HoldTarget {
  initiative: string;
  role: string | null;
}

const HELD_HEADER = 'Låst';

/** Granted and rejected initiatives are never touched by a proposal: nothing to hold. */
export function canHold(input: BudgetInput, initiative: string): boolean {
  const found = input.initiatives.find((i) => sameName(i.name, initiative));
  return !!found && (found.roundStatus ?? 'application') === 'application';
}

/** Whether the initiative (or every row of the role) is held now. */
export function isHeld(input: BudgetInput, target: HoldTarget): boolean {
  if (target.role === null)
    return input.initiatives.some((i) => sameName(i.name, target.initiative) && i.held === true);
  const rows = input.staffing.filter(
    (s) => sameName(s.initiative, target.initiative) && sameName(s.role, target.role!),
  );
  return rows.length > 0 && rows.every((s) => s.held === true);
}

/** The edit that holds (or releases) the target; null when nothing would change or it cannot be held. */
export function holdEdit(
  input: BudgetInput,
  tables: FoundTables,
  target: HoldTarget,
  held: boolean,
): TableColumnEdit | null {
  if (!canHold(input, target.initiative)) return null;
  const name = target.role === null ? 'Insatser' : 'Bemanning';
  const table = tables[name];
  if (!table) return null;
  const sources =
    target.role === null
      ? input.initiatives.filter((i) => sameName(i.name, target.initiative)).map((i) => i.source)
      : input.staffing
          .filter((s) => sameName(s.initiative, target.initiative) && sameName(s.role, target.role!))
          .map((s) => s.source);
  const english = usesEnglish(TABLE_SPECS[name], table.grid);
  const spec = TABLE_SPECS[name].columns.find((c) => c.sv === HELD_HEADER)!;
  const column = table.columns[HELD_HEADER];
  const cell: RowCell = {
    value: held ? HELD_LABELS.yes[english ? 'en' : 'sv'] : '',
    numberFormat: TEXT_FORMAT,
  };
  const cells = sources
    .filter((source) => source !== undefined)
    .map((source) => source.row - table.grid.headerRow - 1)
    .filter((index) => index >= 0 && index < table.grid.values.length)
    // A release where the cell is blank already, or a hold where it says held: nothing to write.
    .filter(
      (index) =>
        column === undefined ||
        isHeldCell(table.grid.values[index]![column]!, table.grid.valueTypes[index]![column]!, spec) !== held,
    )
    .map((index) => ({ index, cell }));
  if (!cells.length) return null;
  return {
    table: table.grid.name,
    header: column === undefined ? (english ? spec.en : spec.sv) : String(table.grid.headers[column]),
    addColumn: column === undefined,
    cells,
  };
}

/** Held by the contract's own reading of the cell (Ja / Yes, by nameKey); anything else is not. */
function isHeldCell(value: CellValue, type: CellType, column: ColumnSpec): boolean {
  return parseHeld({ value, type, format: 'General' }, column).value === true;
}
