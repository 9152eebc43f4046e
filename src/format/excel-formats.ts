// Excel number formats in invariant (en-US) syntax, as Office.js and ExcelJS take them. Excel shows
// them in the reader's locale: in Swedish Excel '#,##0 "kr"' reads "6 984 000 kr".
export const KRONOR_FORMAT = '#,##0 "kr"';
/** Over-/under-shoot in kronor: minus sign for room left. */
export const KRONOR_SIGNED_FORMAT = '#,##0 "kr";-#,##0 "kr";0 "kr"';
/** A fraction shown as a percentage with one decimal: 0.123 → 12.3 %. */
export const PERCENT_1_FORMAT = '0.0 %';
/** FTE as a fraction: 3.5 → 350 %. */
export const FTE_FORMAT = '0 %';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const YEAR_FORMAT = '0';
export const TEXT_FORMAT = '@';
