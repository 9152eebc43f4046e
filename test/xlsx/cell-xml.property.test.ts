import fc from 'fast-check';
import type { MemoryCell } from '../../src/adapters/memory/memory-workbook';
import { cellXml, xmlText } from '../../src/adapters/xlsx/package-writer';

// A cell's XML with its value's type and content made as an object by a closure, as it was.
function objectPerCell(ref: string, cell: MemoryCell, s: number): string {
  const sAttr = s ? ` s="${s}"` : '';
  const value = (): { t: string; v: string } | null => {
    switch (cell.type) {
      case 'Empty':
        return null;
      case 'Error':
        return { t: ' t="e"', v: `<v>${xmlText(String(cell.value))}</v>` };
      case 'Boolean':
        return { t: ' t="b"', v: `<v>${cell.value ? 1 : 0}</v>` };
      case 'Double':
        return typeof cell.value === 'number' && Number.isFinite(cell.value)
          ? { t: '', v: `<v>${cell.value}</v>` }
          : null;
      default:
        return { t: '', v: String(cell.value) };
    }
  };
  const v = value();
  if (cell.formula) {
    const f = `<f>${xmlText(cell.formula.replace(/^=/, ''))}</f>`;
    if (!v) return `<c r="${ref}"${sAttr}>${f}</c>`;
    if (cell.type === 'String') return `<c r="${ref}"${sAttr} t="str">${f}<v>${xmlText(v.v)}</v></c>`;
    return `<c r="${ref}"${sAttr}${v.t}>${f}${v.v}</c>`;
  }
  if (!v) return `<c r="${ref}"${sAttr}/>`;
  if (cell.type === 'String')
    return `<c r="${ref}"${sAttr} t="inlineStr"><is><t${/^\s|\s$|\s\s|[\t\n\r]/.test(v.v) ? ' xml:space="preserve"' : ''}>${xmlText(v.v)}</t></is></c>`;
  return `<c r="${ref}"${sAttr}${v.t}>${v.v}</c>`;
}

describe('cellXml', () => {
  it('writes every cell as the closure and object per cell did', () => {
    const value = fc.oneof(
      fc.constantFrom('', ' ', 'Coach', ' två  mellanslag ', 'a\tb', 'R&D <1>', '#DIV/0!', '\u0001x'),
      fc.string(),
      fc.constantFrom(0, -0, 1.5, 45_000, NaN, Infinity, -Infinity, 1e21),
      fc.double(),
      fc.boolean(),
    );
    const cell = fc.record({
      value,
      type: fc.constantFrom('Empty', 'String', 'Double', 'Boolean', 'Error') as fc.Arbitrary<
        MemoryCell['type']
      >,
      formula: fc.constantFrom(null, '', '=A1', '=SUM(A1:A2)', '=IF(A1<2,"a&b","")', 'B2'),
      numberFormat: fc.constant('General'),
    });
    fc.assert(
      fc.property(
        fc.constantFrom('A1', 'XFD1048576', 'C12'),
        cell,
        fc.integer({ min: 0, max: 40 }),
        (ref, c, s) => {
          expect(cellXml(ref, c as MemoryCell, s, false)).toBe(objectPerCell(ref, c as MemoryCell, s));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
