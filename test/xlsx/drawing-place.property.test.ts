import fc from 'fast-check';
import { drawingPlace } from '../../src/adapters/xlsx/charts';

// Where the <drawing> tag went when the whole part was searched for each following element, as it was.
const FOLLOWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
const searchedWhole = (xml: string): number => {
  const after = FOLLOWING.map((t) => xml.search(new RegExp(`<${t}[\\s>/]`))).filter((i) => i >= 0);
  return after.length ? Math.min(...after) : xml.lastIndexOf('</worksheet>');
};

describe('drawingPlace', () => {
  it('is where the search of the whole part put the drawing (worksheet parts without comments)', () => {
    const head = fc.constantFrom(
      '<sheetPr><tabColor rgb="FF00AA00"/></sheetPr>',
      '<dimension ref="A1:C3"/>',
      '<cols/>',
    );
    // Cell text is escaped: an element's name in it follows &lt;, never <.
    const row = fc.constantFrom(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><t>&lt;tableParts count="1"&gt; &lt;extLst/&gt;</t></is></c></row>',
      '<row r="3"><c r="B3" t="inlineStr"><is><t>picture &lt;picture r:id</t></is></c></row>',
    );
    const tail = fc.constantFrom(
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      '<pageMargins left="0.7"/>',
      '<pageSetup paperSize="9"/>',
      '<legacyDrawing r:id="rId1"/>',
      '<legacyDrawingHF r:id="rId2"/>',
      '<legacyDrawingX/>',
      '<drawingHF r:id="x"/>',
      '<picture r:id="x"/>',
      '<pictures/>',
      '<oleObjects>',
      '<controls\n>',
      '<webPublishItems count="1">',
      '<tableParts count="1"><tablePart r:id="rId3"/></tableParts>',
      '<tablePart/>',
      '<extLst>',
      '<ext',
    );
    const sheetData = fc.oneof(
      fc.array(row, { maxLength: 4 }).map((rows) => `<sheetData>${rows.join('')}</sheetData>`),
      fc.constant('<sheetData/>'),
      fc.constant(''),
    );
    fc.assert(
      fc.property(
        fc.array(head, { maxLength: 3 }),
        sheetData,
        fc.array(tail, { maxLength: 6 }),
        fc.boolean(),
        (h, data, t, closed) => {
          const xml = `<worksheet>${h.join('')}${data}${t.join('')}${closed ? '</worksheet>' : ''}`;
          expect(drawingPlace(xml)).toBe(searchedWhole(xml));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('goes before the table parts of a sheet with tables, else before </worksheet>', () => {
    expect(drawingPlace('<worksheet><sheetData/><tableParts count="1"/></worksheet>')).toBe(23);
    expect(drawingPlace('<worksheet><sheetData></sheetData></worksheet>')).toBe(34);
    expect(drawingPlace('<worksheet><sheetData/><extLst/><tableParts count="1"/></worksheet>')).toBe(23);
  });
});
