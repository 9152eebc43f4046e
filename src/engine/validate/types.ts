// What validation hands to the scenario plan and the periodisation: the initiatives that can be
// computed, each with its rows resolved to it.
import type Decimal from 'decimal.js';
import type { Issue } from '../../issues/types';
import type { CalendarDate } from '../calendar';
import type { CostRow, FrameYear, Initiative, StaffingRow } from '../types';

export interface ValidStaffing {
  row: StaffingRow;
  /** Position in input.staffing. */
  position: number;
  start: CalendarDate;
  end: CalendarDate;
  payrollOverhead: Decimal;
}

export interface ValidInitiative {
  initiative: Initiative;
  key: string;
  start: CalendarDate;
  end: CalendarDate;
  firstMonth: number;
  lastMonth: number;
  staffing: ValidStaffing[];
  costs: CostRow[];
}

export interface Validated {
  /** Per input initiative; null when it has an error. */
  initiatives: Array<ValidInitiative | null>;
  byKey: Map<string, ValidInitiative>;
  /** Names whose rows are left out silently (initiatives with errors, rejected while reading). */
  silentKeys: Set<string>;
  /** Per input staffing row: the PO it uses (or would use). */
  payrollOverheads: Decimal[];
  frame: FrameYear[];
  issues: Issue[];
}
