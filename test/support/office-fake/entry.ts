// How Excel takes a value assigned to Range.values / Range.formulas, as the fake enforces it.
//
// - Microsoft documents for Range.values: "If the returned value starts with a plus ("+"), minus
//   ("-"), or equal sign ("="), Excel interprets this value as a formula." The issue adds '@', which
//   Excel's entry parser also takes as the start of a formula (the Lotus-style '@SUM(...)').
//   So in a cell not formatted as Text, a string starting with '=' is a formula, and one starting
//   with '+', '-' or '@' is a formula unless it is a plain number ('-5' is the number -5).
// - A cell formatted as Text ('@') keeps whatever string is entered as text (Excel's entry rules:
//   a formula typed into a Text cell shows as typed and never calculates), and a number entered
//   into it is stored as text too ("Format numbers as text", Microsoft Support: format the cells
//   as Text before typing the numbers). Office.js does not document what it does with a number
//   value assigned to a Text cell, so the fake takes the reading that can hurt: text; the adapter
//   sets each cell's final format before its value.
// - Otherwise strings that read as numbers, percentages, ISO dates or TRUE/FALSE become those
//   values, as typed input does; a leading apostrophe makes the rest text and is not kept in the
//   value (OfficeDev/office-js#6687: the prefix is not part of what is read back).
// - null in a 2-D array leaves that cell as it is ("null input in 2-D Array", Excel docs).
import type { MemoryCell } from '../../../src/adapters/memory/memory-workbook';
import { isoToSerial } from '../../../src/workbook/excel-dates';

export type Entry = Partial<MemoryCell> | null;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The cell an assignment of `input` to a cell with `numberFormat` produces; null leaves the cell.
 * A typed date becomes its serial in the workbook's date system.
 */
export function entryFor(input: unknown, numberFormat: string, date1904 = false): Entry {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number')
    return numberFormat === '@'
      ? { value: String(input), formula: null, type: 'String' }
      : { value: input, formula: null, type: 'Double' };
  if (typeof input === 'boolean') return { value: input, formula: null, type: 'Boolean' };
  const text = String(input);
  if (text === '') return { value: '', formula: null, type: 'Empty' };
  if (numberFormat === '@') return { value: text, formula: null, type: 'String' };
  if (text.startsWith("'"))
    return { value: text.slice(1), formula: null, type: text.length > 1 ? 'String' : 'Empty' };
  if (NUMBER.test(text)) return { value: Number(text), formula: null, type: 'Double' };
  if (text.startsWith('=')) return { formula: text };
  if (text.startsWith('+') || text.startsWith('-') || text.startsWith('@'))
    return { formula: `=${text.startsWith('@') ? text.slice(1) : text}` };
  const percent = /^([+-]?\d+(?:\.\d+)?)\s?%$/.exec(text);
  if (percent)
    return {
      value: Number(percent[1]) / 100,
      formula: null,
      type: 'Double',
      numberFormat: numberFormat === 'General' ? '0%' : numberFormat,
    };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return {
      value: isoToSerial(text, date1904),
      formula: null,
      type: 'Double',
      numberFormat: numberFormat === 'General' ? 'yyyy-mm-dd' : numberFormat,
    };
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === 'true', formula: null, type: 'Boolean' };
  return { value: text, formula: null, type: 'String' };
}

/** True when the entry became a formula (its value is then the host's to compute). */
export function isFormulaEntry(entry: Entry): boolean {
  return !!entry && typeof entry.formula === 'string';
}
