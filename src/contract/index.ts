// The workbook contract: which tables a workbook holds, how their cells are read, how Justeringar
// is edited, and the template and example workbooks.
export { readWorkbook, type ReadResult } from './read/read-workbook';
export { findTables, type FoundTable, type FoundTables } from './read/find-tables';
export { parameterKey, type ParameterKey } from './read/parameters';
export {
  TABLE_NAMES,
  TABLE_SPECS,
  type TableName,
  type TableSpec,
  type ColumnSpec,
  type ColumnKind,
} from './tables';
export {
  appendAdjustments,
  removeAdjustmentRows,
  renameScenario,
  deleteScenario,
  duplicateScenario,
  adjustmentCells,
  newAdjustmentOf,
  adjustmentLanguage,
  type NewAdjustment,
} from './adjustment-rows';
export { templatePlans, examplePlans, EXAMPLE } from './template';
export { fingerprintOf, fnv1a64 } from './fingerprint';
export { LIMITS, ACTION_LABELS, FUNDING_LABELS, ROUNDING_MODE_LABELS } from './cells';
export type { ContractIssueCode } from './messages';
