// A MemoryWorkbook as plain data, for comparing workbooks by content (zip bytes differ by timestamps).
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';

export function comparableWorkbook(wb: MemoryWorkbook) {
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: Object.fromEntries(
        [...s.cells]
          .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
          .map(([k, c]) => [
            k,
            {
              value: c.value,
              formula: c.formula,
              numberFormat: c.numberFormat,
              type: c.type,
              style: c.style ?? null,
            },
          ]),
      ),
      merges: [...s.merges].sort(),
      columnWidths: [...s.columnWidths].sort(([a], [b]) => a - b),
      charts: s.charts,
      validations: s.validations,
      freeze: s.freeze,
      tabColor: s.tabColor,
      rowHeights: [...s.rowHeights].sort(([a], [b]) => a - b),
      print: s.print,
    })),
    tables: wb.tables,
    names: Object.fromEntries([...wb.names].sort()),
    settings: Object.fromEntries([...wb.settings].sort()),
  };
}
