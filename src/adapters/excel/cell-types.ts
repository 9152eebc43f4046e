// A cell's type from its value as Range.values gives it. Range.valueTypes would say the same, but
// it is a third grid in the response (1.6 MB of 5.6 MB for 20 000 staffing rows) and would push a
// large read past Excel on the web's 5 MB response limit. Range.values gives an error cell's error
// text ("Cells that contain an error will return the error string"), so an error is known by it;
// the only loss is a text cell that literally reads e.g. '#REF!', which is reported as an error.
import type { CellType, CellValue } from '../../workbook/snapshot';

const ERROR_TEXTS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#EXTERNAL!',
]);

export function cellTypeOf(value: CellValue): CellType {
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === '') return 'Empty';
  return ERROR_TEXTS.has(value) ? 'Error' : 'String';
}
