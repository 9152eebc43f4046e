// The engine's inputs and results. Plain data: the contract layer builds inputs from workbook
// grids, the engine returns results, the summary and the pane present them.
// Money is always Decimal here; JavaScript numbers carry only counts, years and months.
import type Decimal from 'decimal.js';
import type { Issue, SourceRef } from '../issues/types';

/** A calendar date as ISO text, 'YYYY-MM-DD'. Inclusive wherever it bounds a period. */
export type IsoDate = string;
/** A calendar month, 'YYYY-MM'. */
export type YearMonth = string;
/** A calendar quarter, 'YYYY-Qn'. */
export type YearQuarter = string;

/** Who pays: the association's grant ("Förbundet") or the party itself ("Egen"). */
export type Funding = 'grant' | 'own';

/**
 * Where an initiative stands in the decision round: an application of this round ("Ansökan"),
 * granted in an earlier decision ("Beviljad") or rejected ("Avslag").
 */
export type RoundStatus = 'application' | 'granted' | 'rejected';

export interface Initiative {
  /** The initiative's name, unique (case-insensitive, trimmed) within the workbook. */
  name: string;
  owner: string | null;
  partners: string | null;
  start: IsoDate;
  end: IsoDate;
  /** The applicant's own stated total, shown beside the computed one. */
  statedApplied: Decimal | null;
  maxGrant: Decimal | null;
  /** Absent (no Status column) or blank: 'application'. */
  roundStatus?: RoundStatus;
  /** Låst = Ja: a balancing proposal never changes it. Absent: not held. Changes no figure. */
  held?: boolean;
  source?: SourceRef;
}

export interface StaffingRow {
  /** Stable key within one input, e.g. 'Bemanning:7' (table and worksheet row). */
  id: string;
  initiative: string;
  role: string;
  /** Full-time equivalents as a fraction: 350 % is 3.5. */
  fte: Decimal;
  /** At 100 %, at the salary level in force on the initiative's start date. */
  monthlySalary: Decimal;
  /** Payroll overhead as a fraction (0.4215), or null to take it from the parameters. */
  payrollOverhead: Decimal | null;
  /** Null: the initiative's own start/end. */
  start: IsoDate | null;
  end: IsoDate | null;
  funding: Funding;
  employer: string | null;
  /** Låst = Ja: a balancing proposal never changes this row. Absent: not held. Changes no figure. */
  held?: boolean;
  source?: SourceRef;
}

export interface CostRow {
  id: string;
  initiative: string;
  costType: string;
  amount: Decimal;
  /** Spread over the initiative's months of this year; null spreads over the whole period. */
  year: number | null;
  funding: Funding;
  source?: SourceRef;
}

export interface FrameYear {
  year: number;
  /** Tillgängligt as written; null when blank: then Medlemsbidrag − Egna kostnader (rule 2 of issue 13). */
  available: Decimal | null;
  /** Medlemsbidrag as written in Ram; null when blank (then the Medlemsbidrag table's sum, if any). */
  contributions?: Decimal | null;
  /** Egna kostnader: the association's own costs (office, board, audit); null when blank. */
  ownCosts?: Decimal | null;
  source?: SourceRef;
}

/** Who a member is by law (2003:1210): the state pays half, the region a quarter, the municipalities a quarter. */
export type Principal = 'state' | 'region' | 'municipality';

/** One row of the Medlemsbidrag table: a member's contribution for a year. */
export interface Contribution {
  id: string;
  year: number;
  member: string;
  principal: Principal;
  amount: Decimal;
  source?: SourceRef;
}

/** Eget kapital: the equity at the start of the first Ram year, and the floor it should not go below. */
export interface EquityParameters {
  opening: Decimal;
  /** Lägsta eget kapital; 0 when not given. */
  floor: Decimal;
  /** The Parametrar row of Eget kapital, for messages about it. */
  source?: SourceRef;
}

export type RoundingMode = 'up' | 'nearest';

export interface Parameters {
  /** General payroll overhead, fraction. */
  payrollOverhead: Decimal | null;
  /** Keyed by employer name as written in Bemanning, compared case-insensitively and trimmed. */
  payrollOverheadByEmployer: ReadonlyMap<string, Decimal>;
  /** General yearly salary increase, fraction (0.03). */
  salaryIncrease: Decimal | null;
  salaryIncreaseByYear: ReadonlyMap<number, Decimal>;
  /** 1–12; the 1st of this month each year is the revision date. Default 1. */
  revisionMonth: number;
  /** The decision amount's step in kronor. Default 1000. */
  roundingStep: Decimal;
  /** Default 'up'. */
  roundingMode: RoundingMode;
  /** Absent or null without an Eget kapital parameter: no equity is carried (figures as before). */
  equity?: EquityParameters | null;
}

interface AdjustmentBase {
  id: string;
  scenario: string;
  initiative: string;
  reason: string | null;
  source?: SourceRef;
}

/**
 * Set a role's FTE. Sets every grant-funded row of that role in the initiative; when there are several
 * they must share one FTE (the same post over several periods), else it is an error (role-rows.ts).
 */
export interface SetFte extends AdjustmentBase {
  action: 'setFte';
  role: string;
  fte: Decimal;
}
/** Remove a role (every grant-funded row of it), or the whole initiative when role is null. */
export interface Remove extends AdjustmentBase {
  action: 'remove';
  role: string | null;
}
/** Move a role's end date, or, with role null, end the whole initiative early. */
export interface SetEnd extends AdjustmentBase {
  action: 'setEnd';
  role: string | null;
  end: IsoDate;
}
/** Cap the initiative's grant: when its proposed total exceeds the cap, every month is scaled. */
export interface Cap extends AdjustmentBase {
  action: 'cap';
  amount: Decimal;
}
export type Adjustment = SetFte | Remove | SetEnd | Cap;
export type AdjustmentAction = Adjustment['action'];

export interface BudgetInput {
  initiatives: readonly Initiative[];
  staffing: readonly StaffingRow[];
  costs: readonly CostRow[];
  frame: readonly FrameYear[];
  parameters: Parameters;
  /** All scenarios' adjustments, in table order. */
  adjustments: readonly Adjustment[];
  /** The Medlemsbidrag table's rows; absent or empty without the table. */
  contributions?: readonly Contribution[];
  /**
   * Names of initiatives whose Insatser row was rejected while reading (bad cells). Rows that refer
   * to them are left out without a second "unknown initiative" error: the first error says it all.
   */
  rejectedInitiatives?: readonly string[];
  /**
   * Rows of any input table left out while reading because a cell had an error, with the
   * initiative named in the row's Insats cell (null when it has none, e.g. Ram and Parametrar):
   * those initiatives' figures are incomplete (see incomplete.ts).
   */
  rejectedRows?: readonly RejectedRow[];
}

export interface RejectedRow {
  /** Canonical table name. */
  table: string;
  /** Worksheet row number as Excel shows it. */
  row: number;
  /** The Insats cell's text as written; null when the table has none or it is blank. */
  initiative: string | null;
  /** Ram: the År cell's text as written ('2025', 'år 2025'), so the missing year can be named; else null. */
  year?: string | null;
}

// ---------------------------------------------------------------- results

/** Exact (unrounded) amounts per month of a period. */
export interface ExactSeries {
  /** Every month the period touches, in order, zeros included. */
  months: ReadonlyArray<{ month: YearMonth; amount: Decimal }>;
  total: Decimal;
}

/**
 * Whole kronor for presentation. total is the exact total rounded half-up; years add up exactly to
 * total, quarters to their year, months to their quarter (largest remainder, ties to the earlier).
 */
export interface RoundedSeries {
  total: Decimal;
  byYear: ReadonlyMap<number, Decimal>;
  byQuarter: ReadonlyMap<YearQuarter, Decimal>;
  byMonth: ReadonlyMap<YearMonth, Decimal>;
}

export interface Figures {
  exact: ExactSeries;
  rounded: RoundedSeries;
}

export type InitiativeStatus = 'withinMax' | 'overMax' | 'noMax';

export interface InitiativeResult {
  initiative: Initiative;
  /** False when the initiative has an error and takes no part in any figure. */
  included: boolean;
  /** Its status in the round (Initiative.roundStatus, absent = 'application'). */
  roundStatus: RoundStatus;
  /**
   * True when its figures count against the frame and in the totals: included and not rejected.
   * A rejected initiative keeps its computed figures (what was applied for) but counts nowhere.
   */
  counts: boolean;
  /** The application as submitted (grant-funded rows and costs). */
  applied: Figures;
  /** Under the scenario; equals applied when there is no scenario. */
  proposed: Figures;
  /** Self-financing under the scenario; never part of the grant. */
  selfFinanced: Figures;
  /** Self-financing as applied. */
  selfFinancedApplied: Figures;
  /** proposed.rounded.total rounded to the step (up or nearest). */
  decisionAmount: Decimal;
  /** True when the scenario changed anything for this initiative. */
  adjusted: boolean;
  /** True when the scenario removes the whole initiative. */
  removed: boolean;
  /**
   * The cap applied, if any scaled the figures: a Tak adjustment's, or a granted initiative's
   * binding Maxbelopp (then in the application too).
   */
  capApplied: Decimal | null;
  status: InitiativeStatus;
  /** Stated applied amount minus computed applied total (rounded); null when nothing is stated. */
  statedDifference: Decimal | null;
  /**
   * Whether that difference changes the decision (statedDifferenceMatters: rounded to the decision
   * step the two differ, or they lie more than a step apart). Only then is it worth a warning.
   */
  statedDifferenceMatters: boolean;
  /**
   * The Bemanning rows that name this initiative, in Bemanning order (the same objects as in
   * BudgetResult.staffing), included or not. Empty for a second initiative of a repeated name.
   */
  staffing: StaffingResult[];
  /** Likewise its Kostnader rows. */
  costs: CostResult[];
  /**
   * The period end under the scenario, which the decision names: the application's end, or the
   * earlier end a whole-initiative Slutdatum sets (the last such adjustment, as for every row).
   */
  proposedEnd: IsoDate;
  /** The scenario's Tak on this initiative as written (the last one), whether or not it scaled. */
  cap: Decimal | null;
  /** The scenario's adjustments that took effect on this initiative, in table order. */
  adjustments: Adjustment[];
}

/** One Kostnader row before and after the scenario. */
export interface CostResult {
  row: CostRow;
  /** False when the row or its initiative has an error. */
  included: boolean;
  /** Whole kronor per calendar year, the row rounded on its own. Before any cap. */
  appliedByYear: ReadonlyMap<number, Decimal>;
  proposedByYear: ReadonlyMap<number, Decimal>;
}

/** One staffing row before and after the scenario, for "applied vs. proposed" per role. */
export interface StaffingResult {
  row: StaffingRow;
  included: boolean;
  fteApplied: Decimal;
  /** Zero when removed. */
  fteProposed: Decimal;
  endApplied: IsoDate;
  endProposed: IsoDate | null;
  removed: boolean;
  /** Whole kronor per calendar year, each row rounded on its own. Before any cap. */
  appliedByYear: ReadonlyMap<number, Decimal>;
  proposedByYear: ReadonlyMap<number, Decimal>;
  /**
   * The sums of appliedByYear and proposedByYear in whole kronor, read without making the years (the
   * decision sheet's staffing table: 20 000 rows in a large workbook, and their sums).
   */
  appliedWhole: bigint;
  proposedWhole: bigint;
  /** Payroll overhead actually used, fraction. */
  payrollOverheadUsed: Decimal;
}

export interface FrameYearResult {
  year: number;
  /** Tillgängligt: as written, or Medlemsbidrag − Egna kostnader. */
  available: Decimal;
  /** Medlemsbidrag (Ram's column, else the Medlemsbidrag table's sum); null when neither is given. */
  contributions: Decimal | null;
  /** Egna kostnader; null when not given. */
  ownCosts: Decimal | null;
  /** Sums of the counting initiatives' rounded year figures: granted + applications. */
  applied: Decimal;
  proposed: Decimal;
  /** The granted initiatives' part of applied and proposed (the same in both: they cannot be cut). */
  granted: Decimal;
  /**
   * Equity (issue 13 rule 3), from the rounded figures: end = start + available − applied (or
   * proposed); the next year starts with this end. Null without the Eget kapital parameter, or when
   * the Ram years are not consecutive.
   */
  equityStartApplied: Decimal | null;
  equityStartProposed: Decimal | null;
  equityEndApplied: Decimal | null;
  equityEndProposed: Decimal | null;
  /** Kronor below the floor at year end, 0 when not short; null when equity is not carried. */
  shortApplied: Decimal | null;
  shortProposed: Decimal | null;
  /** Sum − available; negative is room left. */
  overApplied: Decimal;
  overProposed: Decimal;
  /** Over as % of available, half-up to one decimal; null when available is 0. */
  overAppliedPercent: Decimal | null;
  overProposedPercent: Decimal | null;
}

export interface Totals {
  /** Over every counting initiative: granted + applications. */
  applied: Decimal;
  proposed: Decimal;
  /** The granted initiatives' part of applied and proposed. */
  granted: Decimal;
  selfFinanced: Decimal;
  decisionAmount: Decimal;
  available: Decimal;
  /** Over the frame years only: sum of the frame rows. */
  overApplied: Decimal;
  overProposed: Decimal;
  overAppliedPercent: Decimal | null;
  overProposedPercent: Decimal | null;
}

export interface BudgetResult {
  /** The scenario applied, as written in Justeringar; null for the application itself. */
  scenario: string | null;
  /** In input order. */
  initiatives: InitiativeResult[];
  /** Every Bemanning row, in input order; each initiative's own rows are also on it. */
  staffing: StaffingResult[];
  /**
   * Initiatives whose Insatser row could not be read (BudgetInput.rejectedInitiatives), one per
   * name and only those of a name no initiative result has: they take part in nothing.
   */
  unreadInitiatives: string[];
  /** In the order of the frame input. */
  frame: FrameYearResult[];
  /**
   * The years this round decides on: every calendar year an application ('Ansökan') runs in,
   * ascending. Without a Status column every initiative is an application. Granted and rejected
   * initiatives add no year; an initiative whose dates cannot be read adds none either.
   */
  decisionYears: number[];
  /** The equity parameters as used; null without Eget kapital or when it cannot be carried (a gap). */
  equity: EquityParameters | null;
  totals: Totals;
  /** The adjustments of the scenario that took effect, in order. */
  adjustmentsApplied: Adjustment[];
  /** Problems the engine found (cross-row checks, adjustments that match nothing, …). */
  issues: Issue[];
}
