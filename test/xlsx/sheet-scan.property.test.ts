// The worksheet scanner (sheet-scan.ts) against saxes: on generated worksheet XML — rows with and
// without r, every cell type, shared formulas, inline and rich text with phonetic runs, entities,
// namespace prefixes, odd spacing, and damaged variants — a part read with the scanner gives the same
// cells (value, type, formula, format, style, the cell's own XML), row tags, heights, offsets and
// count as a part read by saxes alone, or the same damage; read without keepXml (as the reader
// reads), the same cells without their XML.
import fc from 'fast-check';
import { MemorySheet } from '../../src/adapters/memory/memory-workbook';
import { PackageDamage, parseSheetXml, RAW, type RawMemoryCell } from '../../src/adapters/xlsx/sheet-xml';
import { readCellFormats } from '../../src/adapters/xlsx/styles-part';
import { scanElements, sheetDataInner } from '../../src/adapters/xlsx/sheet-scan';

/** True when the scanner reads the part's rows itself (does not leave them to saxes). */
function scans(xml: string): boolean {
  const inner = sheetDataInner(xml);
  if (!inner) return false;
  try {
    scanElements(xml, inner.start, inner.end, { open() {}, close() {}, text() {}, wantsText: () => true });
    return true;
  } catch {
    return false;
  }
}

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0 %"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="1" applyNumberFormat="1" applyFont="1"/><xf numFmtId="49" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
const formats = readCellFormats(STYLES);
const STRINGS = ['Coach', 'Håbo kommun', '', 'Förbundet', ' två  ord '];

function read(xml: string, scanner: boolean, keepXml = true) {
  const sheet = new MemorySheet('Blad');
  try {
    const parsed = parseSheetXml(xml, sheet, {
      part: 'xl/worksheets/sheet1.xml',
      formats,
      date1904: false,
      scanner,
      keepXml,
      sharedString: (i) => {
        const s = STRINGS[i];
        if (s === undefined || !Number.isInteger(i))
          throw new PackageDamage('xl/worksheets/sheet1.xml', `shared string ${i} does not exist`);
        return s;
      },
    });
    const cells = [...sheet.cells].map(([key, cell]) => {
      const raw = (cell as RawMemoryCell)[RAW];
      return [key, { ...cell }, raw && { ...raw }] as const;
    });
    return {
      cells,
      parsed: { ...parsed, rowTags: [...parsed.rowTags] },
      heights: [...sheet.rowHeights],
      merges: sheet.merges,
      widths: [...sheet.columnWidths],
      freeze: sheet.freeze,
      print: sheet.print,
    };
  } catch (error) {
    if (error instanceof PackageDamage) return { damaged: error.part };
    throw error;
  }
}

const text = fc.constantFrom(
  '45000',
  '0.25',
  '1e400',
  'abc',
  'a &amp; b',
  '&lt;x&gt;',
  ' ',
  '',
  'Egen',
  '2026-03-01',
  '#REF!',
  'x > y',
  '3,5 %',
);
const cellXml = fc
  .record({
    ref: fc.option(fc.constantFrom('A', 'B', 'c', 'AA', 'XFD'), { nil: undefined }),
    t: fc.option(fc.constantFrom('s', 'str', 'b', 'e', 'd', 'inlineStr', 'n'), { nil: undefined }),
    s: fc.option(fc.constantFrom('0', '1', '2', '3', '9'), { nil: undefined }),
    v: fc.option(fc.oneof(text, fc.constantFrom('0', '1', '3', '7', '1.5')), { nil: undefined }),
    f: fc.option(
      fc.constantFrom(
        '<f>SUM(A1:B2)</f>',
        '<f t="shared" ref="D2:D9" si="0">B2*C2</f>',
        '<f t="shared" si="0"/>',
        '<f/>',
        '<f>"a&amp;b"&amp;A1</f>',
      ),
      { nil: undefined },
    ),
    is: fc.option(
      fc.constantFrom(
        '<is><t>Inline</t></is>',
        '<is><r><rPr><b/></rPr><t xml:space="preserve">Rik </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh></is>',
        '<is><t/></is>',
      ),
      { nil: undefined },
    ),
    space: fc.constantFrom('', ' ', '\n  '),
  })
  .map(({ ref, t, s, v, f, is, space }) => (row: number) => {
    const attrs = `${ref ? ` r="${ref}${row}"` : ''}${s ? ` s="${s}"` : ''}${t ? `${space || ' '}t='${t}'` : ''}`;
    const inner = `${f ?? ''}${v !== undefined ? `<v>${v}</v>` : ''}${is ?? ''}`;
    return inner === '' && space === '' ? `<c${attrs}/>` : `<c${attrs}${space}>${inner}</c${space}>`;
  });
const rowXml = fc
  .record({
    r: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    height: fc.boolean(),
    cells: fc.array(cellXml, { maxLength: 5 }),
  })
  .map(({ r, height, cells }) => (fallbackRow: number) => {
    const row = r ?? fallbackRow;
    const attrs = `${r ? ` r="${r}"` : ''} spans="1:5"${height ? ' ht="24" customHeight="1"' : ''}`;
    return cells.length === 0 ? `<row${attrs}/>` : `<row${attrs}>${cells.map((c) => c(row)).join('')}</row>`;
  });
const DAMAGE: Array<(xml: string) => string> = [
  (x) => x,
  (x) => x,
  (x) => x.replace('</v>', '</w>'),
  (x) => x.replace('<v>', '<v>&nbsp;'),
  (x) => x.replace('<v>', '<v>&#10;'),
  (x) => x.replace('<c ', '<c\r\n'),
  (x) => x.replace('<v>', '<!-- c --><v>'),
  (x) => x.replace('</row>', ''),
  (x) => x.replace('s="', 's="<'),
  (x) => x.replace(' r="', ' r="\t'),
  (x) => x.replace('<row', '<x:row').replace('</row>', '</x:row>'),
  (x) => x.replace('"1:5"', '"1:5" spans="2"'),
  (x) => x.replace('<c', '<mergeCell ref="A1:B2"/><c'),
  (x) => x.replace('<v>', '<v>\u0001'),
  (x) => x.replace('<v>', '<v><![CDATA[1]]>'),
  (x) => x.replace('<c ', '<c"'),
];

const sheetXml = fc
  .record({
    prefix: fc.constantFrom('', 'x:'),
    rows: fc.array(rowXml, { maxLength: 8 }),
    damage: fc.integer({ min: 0, max: DAMAGE.length - 1 }),
  })
  .map(({ prefix, rows, damage }) => {
    const body = rows.map((r, i) => r(i + 1)).join('');
    const p = prefix;
    const ns = p
      ? `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
      : `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetViews><${p}sheetView workbookViewId="0"><${p}pane ySplit="1" state="frozen"/></${p}sheetView></${p}sheetViews>` +
      `<${p}cols><${p}col min="1" max="2" width="20"/></${p}cols><${p}sheetData>${body}</${p}sheetData>` +
      `<${p}mergeCells><${p}mergeCell ref="A3:B3"/></${p}mergeCells><${p}pageSetup paperSize="9"/></${p}worksheet>`;
    return { xml: DAMAGE[damage]!(xml), intact: damage < 2 };
  });

describe('the worksheet scanner reads as saxes does', () => {
  it('on generated worksheet XML, also damaged', () => {
    fc.assert(
      fc.property(sheetXml, ({ xml, intact }) => {
        const scanned = read(xml, true);
        expect(scanned).toEqual(read(xml, false));
        // Read as the reader reads (not for a rewrite): the same cells, without their XML and row tags.
        const plain = read(xml, true, false);
        if ('damaged' in scanned) expect(plain).toEqual(scanned);
        else {
          const withoutXml = (cell: object) => {
            const copy = { ...cell } as RawMemoryCell;
            delete copy[RAW];
            return copy;
          };
          expect(plain.cells).toEqual(
            scanned.cells!.map(([key, cell]) => [key, withoutXml(cell!), undefined]),
          );
          expect(plain.parsed!.rowTags).toEqual([]);
        }
        // An intact generated part is one the scanner reads itself.
        if (intact) expect(scans(xml)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a plain part itself (the cells are the ones saxes reads)', () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="2"><v>0.25</v></c><c r="C2" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> &amp; b</t></r></is></c></row></sheetData></worksheet>`;
    expect(scans(xml)).toBe(true);
    const scanned = read(xml, true);
    expect(scanned).toEqual(read(xml, false));
    expect(scanned.cells!.map(([key, cell]) => [key, (cell as { value: unknown }).value])).toEqual([
      ['1,0', 'Håbo kommun'],
      ['1,1', 0.25],
      ['1,2', 'a & b'],
    ]);
  });
});
