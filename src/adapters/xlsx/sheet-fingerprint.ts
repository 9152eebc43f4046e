// A digest of a sheet's cells, taken when the sheet is read from a package and again when the
// workbook is written: a sheet whose digest is the same was not changed, and its part is copied as
// it was. This replaces keeping every cell's own XML beside the model (a 20 000-row workbook's
// cells cost 32 MB more that way); the writer reads the XML of a changed sheet again when it
// rewrites it (package-writer.ts). Covers what the writer would write differently: each cell's
// place, value, type, formula, number format and style — changed through the sheet's methods, its
// cell map or a cell object in place. Two 32-bit lanes: a change goes unseen with odds of 2^-64.
// Browser-safe: no Node APIs.
import type { MemoryCell, MemorySheet } from '../memory/memory-workbook';

const P1 = 0x01000193;
const P2 = 0x5bd1e995;
const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

/** Murmur3's finaliser: every input bit moves every output bit, so per-cell digests add up without cancelling. */
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The running state of one cell's two lanes. */
let a = 0;
let b = 0;

function word(x: number): void {
  a = Math.imul(a ^ x, P1);
  b = Math.imul(b ^ x, P2) ^ (b >>> 15);
}

function text(s: string): void {
  word(s.length);
  for (let i = 0; i < s.length; i++) word(s.charCodeAt(i));
}

/** A cell's value, tagged with its JavaScript type so that 1, '1' and true differ. */
function value(v: MemoryCell['value']): void {
  if (typeof v === 'number') {
    float[0] = v;
    word(1);
    word(words[0]!);
    word(words[1]!);
  } else if (typeof v === 'boolean') word(v ? 2 : 3);
  else {
    word(4);
    text(String(v));
  }
}

/** A cell's type as one word: the five types are every cell's, spelled out they were most of its words. */
function type(t: MemoryCell['type']): void {
  switch (t) {
    case 'Empty':
      return word(11);
    case 'String':
      return word(12);
    case 'Double':
      return word(13);
    case 'Boolean':
      return word(14);
    case 'Error':
      return word(15);
    default:
      word(16);
      text(String(t));
  }
}

/** The sheet's digest: the number of cells and the two lanes' sums over its cells, in any order. */
export function sheetFingerprint(sheet: MemorySheet): string {
  // Formats and styles are few and shared by many cells: each distinct one is digested once.
  const formats = new Map<string, [number, number]>();
  const styles = new Map<object, [number, number]>();
  const digestOf = (s: string): [number, number] => {
    a = 0x811c9dc5;
    b = 0x9747b28c;
    text(s);
    return [a, b];
  };
  let sum1 = 0;
  let sum2 = 0;
  let count = 0;
  for (const [key, cell] of sheet.cells) {
    let format = formats.get(cell.numberFormat);
    if (!format) formats.set(cell.numberFormat, (format = digestOf(String(cell.numberFormat))));
    let style: [number, number] | undefined;
    if (cell.style) {
      style = styles.get(cell.style);
      if (!style) styles.set(cell.style, (style = digestOf(JSON.stringify(cell.style))));
    }
    a = 0x811c9dc5;
    b = 0x9747b28c;
    text(key);
    type(cell.type);
    value(cell.value);
    if (cell.formula === null) word(5);
    else {
      word(6);
      text(cell.formula);
    }
    word(format[0]);
    word(format[1]);
    if (style) {
      word(style[0]);
      word(style[1]);
    } else word(7);
    sum1 = (sum1 + avalanche(a)) >>> 0;
    sum2 = (sum2 + avalanche(b ^ 0x27d4eb2f)) >>> 0;
    count++;
  }
  return `${count}:${sum1.toString(16)}:${sum2.toString(16)}`;
}
