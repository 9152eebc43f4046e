// Rule g: an Omfattning names a role. When the role has several grant-funded rows in the initiative
// (the same post over several periods or salary steps, or with two employers) it sets every one of
// them — meaningful only when they share one FTE; rows with different FTEs are an error at the cell.
import type Decimal from 'decimal.js';

/** The FTE every row has, or null when they differ (or there are none). */
export function sharedFte(ftes: readonly Decimal[]): Decimal | null {
  const first = ftes[0];
  if (first === undefined) return null;
  return ftes.every((f) => f.eq(first)) ? first : null;
}
