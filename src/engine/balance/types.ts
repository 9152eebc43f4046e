// The balancing proposals' shapes (issue 14): what proposeBalance returns. Plain data.
import type Decimal from 'decimal.js';
import type { Adjustment } from '../types';

export type BalanceMethod = 'equal-share' | 'fewer-posts' | 'fewest-changes';

export interface BalanceOptions {
  /** The scenario the proposals start from (its adjustments apply first); null: the application. */
  baseScenario: string | null;
  /** Restricts the target to these years (those with a Ram row); null or absent: the default. */
  years?: readonly number[] | null;
}

export interface BalanceTarget {
  /**
   * The years checked: by default the decision years that have a Ram row, or with Eget kapital
   * every Ram year.
   */
  years: number[];
  /**
   * Set when Eget kapital is given: then the target is equity at the end of every target year ≥ this
   * floor, instead of each target year's proposed total ≤ available.
   */
  equityFloor: Decimal | null;
}

export interface BalanceYear {
  year: number;
  available: Decimal;
  proposed: Decimal;
  /** proposed − available; negative is room left. */
  overProposed: Decimal;
  /** Equity at year end under the proposal; null without Eget kapital. */
  equityEnd: Decimal | null;
}

export interface BalanceTouched {
  /** As written in Insatser. */
  initiative: string;
  /** The initiative's proposed total (whole kronor) under the base scenario. */
  before: Decimal;
  /** Under the proposal. */
  after: Decimal;
  /** (before − after) / before × 100, half-up to one decimal. */
  cutPercent: Decimal;
}

export interface BalanceProposal {
  method: BalanceMethod;
  /** "Förslag: lika andel", "Förslag: färre tjänster", "Förslag: färst ändringar" (" (2)" … when taken). */
  scenario: string;
  /** Lika andel's share f as a fraction (0.864 is 86,4 %); null for the other methods. */
  share: Decimal | null;
  /** The rows this method adds, scenario = the new name, reason set. */
  added: Adjustment[];
  /** The whole new scenario: the base scenario's rows that took effect, less those `added` supersedes, then `added`. */
  rows: Adjustment[];
  /** Every Ram year under the proposal. */
  frame: BalanceYear[];
  /** The initiatives whose proposed total changes, in Insatser order. */
  touched: BalanceTouched[];
}

/** A role färre tjänster does not cut though its initiative is open (rules § 12, method 2). */
export interface RoleNotCut {
  /** As written in Insatser / Bemanning. */
  initiative: string;
  role: string;
  /**
   * 'different-fte': its grant-funded rows have different FTEs, so one Omfattning cannot set them;
   * 'held-row': one of its rows is held (Låst), and an Omfattning would set that row too.
   */
  reason: 'different-fte' | 'held-row';
  /** Its grant-funded rows: worksheet row (null when not from a sheet) and FTE as applied. */
  rows: Array<{ row: number | null; fte: Decimal }>;
}

export interface BalanceOutcome {
  /** The base scenario as written in Justeringar; null for the application. */
  base: string | null;
  target: BalanceTarget;
  /** False when the held and granted part alone breaks the target: then no proposal. */
  feasible: boolean;
  /** The base scenario already meets the target: no proposal is needed. */
  alreadyFits: boolean;
  /**
   * When not feasible: the target years that stay broken with every open initiative at its least,
   * and by how much (kronor over the frame, or below the equity floor).
   */
  blocking: Array<{ year: number; over: Decimal }>;
  /** Methods that cannot reach a feasible target (e.g. färre tjänster when costs make the excess). */
  unmet: BalanceMethod[];
  /** In the order lika andel, färre tjänster, färst ändringar. */
  proposals: BalanceProposal[];
  /** Roles färre tjänster leaves alone, and why (empty when no proposal was sought). */
  notCut: RoleNotCut[];
}
