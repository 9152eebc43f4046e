// What a user types into the pane, read by the workbook's own cell parsers and limits: a value typed
// in the pane becomes a Justeringar Värde cell, and the next read of the workbook must accept it.
// So "300,5 %", "300%", "300,5" and "6 984 000 kr" mean here what they mean in a cell, and an FTE
// above 2 000 % is refused here as it would be there.
import type Decimal from 'decimal.js';
import type { IsoDate } from '../engine/types';
import type { LocalizedText } from '../issues/types';
import { fteProblems, isBlank, parseDate, parseFte, type Parsed, type Problem, type RawCell } from './cells';
import type { ColumnName } from './messages';
import { amountFor } from './read/row-reader';

/** A field's text read as a value: nothing typed, a value (with warnings), or refused with why. */
export type TypedValue<T> =
  | { kind: 'empty' }
  | { kind: 'value'; value: T; warnings: LocalizedText[] }
  | { kind: 'rejected'; message: LocalizedText };

/** The cells a pane field stands for, named as the messages name them. */
const FTE: ColumnName = { sv: 'Omfattning', en: 'FTE' };
const CAP: ColumnName = { sv: 'Tak', en: 'Cap' };
const END: ColumnName = { sv: 'Slutdatum', en: 'End date' };

/** Typed text as a cell holds it: a string in a General cell, read as the user wrote it. */
function typedCell(text: string): RawCell {
  return { value: text, type: 'String', format: 'General' };
}

function typedValue<T>(text: string, parse: (cell: RawCell) => Parsed<T>): TypedValue<T> {
  const cell = typedCell(text);
  if (isBlank(cell)) return { kind: 'empty' };
  return fromParsed(parse(cell));
}

function fromParsed<T>(parsed: Parsed<T> | { value: T; problems: Problem[] }): TypedValue<T> {
  const error = parsed.problems.find((p) => p.severity === 'error');
  if (error || parsed.value === undefined)
    return { kind: 'rejected', message: error?.message ?? { sv: '', en: '' } };
  return { kind: 'value', value: parsed.value, warnings: parsed.problems.map((p) => p.message) };
}

/** "300,5 %", "300%", "300,5", "300.5" → 3.005 (percentage points, as a cell without a percent format). */
export function readTypedFte(text: string): TypedValue<Decimal> {
  return typedValue(text, (cell) => parseFte(cell, FTE));
}

/** An FTE the pane computed (a ±5 step) held to the same limits as a typed one. */
export function checkFte(fte: Decimal): TypedValue<Decimal> {
  return fromParsed({ value: fte, problems: fteProblems(fte, FTE) });
}

/** "6 984 000", "6984000 kr", "6 984 000,50" → the amount; the same limits as Justeringar's Tak. */
export function readTypedCap(text: string): TypedValue<Decimal> {
  return typedValue(text, (cell) => amountFor('Justeringar/Tak')(cell, CAP));
}

/** "2025-06-30" → the date; other spellings are refused as in a cell (they mean different dates). */
export function readTypedDate(text: string): TypedValue<IsoDate> {
  return typedValue(text, (cell) => parseDate(cell, END));
}
