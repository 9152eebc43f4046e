// Requirement sets: ExcelApi 1.7 is the minimum the manifest asks for; anything newer is detected
// at run time and has a fallback where it is used.

export type ExcelFeature =
  /** Application.suspendApiCalculationUntilNextSync (fallback: write with calculation on). */
  | 'suspendCalculation'
  /** Range.dataValidation (fallback: no drop-down list; the contract still checks the words). */
  | 'dataValidation'
  /** TableCollection.onAdded / onDeleted (fallback: only onChanged, a new table shows at the next change). */
  | 'tableAddedDeleted'
  /** Worksheet.pageLayout: orientation, paper size, fit to pages (fallback: Excel's default page setup). */
  | 'pageLayout'
  /** Table.autoFilter.isDataFiltered (fallback: an edit on a filtered table is not refused up front). */
  | 'autoFilter'
  /** Table.resize (fallback: rows appended with TableRowCollection.add). */
  | 'tableResize';

const SETS: Record<ExcelFeature, string> = {
  suspendCalculation: '1.6',
  dataValidation: '1.8',
  tableAddedDeleted: '1.9',
  pageLayout: '1.9',
  autoFilter: '1.9',
  tableResize: '1.13',
};

export function supports(feature: ExcelFeature): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', SETS[feature]);
  } catch {
    return false;
  }
}
