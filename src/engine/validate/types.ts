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

export interface ValidCost {
  row: CostRow;
  /** Position in input.costs. */
  position: number;
}

export interface ValidInitiative {
  initiative: Initiative;
  /** Position in input.initiatives. */
  index: number;
  key: string;
  start: CalendarDate;
  end: CalendarDate;
  firstMonth: number;
  lastMonth: number;
  staffing: ValidStaffing[];
  costs: ValidCost[];
}

export interface Validated {
  /** Per input initiative; null when it has an error. */
  initiatives: Array<ValidInitiative | null>;
  byKey: Map<string, ValidInitiative>;
  /** nameKey → position in input.initiatives of the first initiative of that name, valid or not. */
  firstIndex: Map<string, number>;
  /** Names whose rows are left out silently (initiatives with errors, rejected while reading). */
  silentKeys: Set<string>;
  /** Per input staffing row: the PO it uses (or would use). */
  payrollOverheads: Decimal[];
  /**
   * Per input staffing and cost row: the position in input.initiatives of the (first) initiative
   * its Insats names, valid or not; -1 when none does. The engine's result links rows by these.
   */
  staffingOwners: number[];
  costOwners: number[];
  frame: FrameYear[];
  issues: Issue[];
}
