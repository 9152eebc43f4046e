// docProps/app.xml's sheet titles follow the sheets the package editor adds and removes; the other
// groups (named ranges) and everything else in the part stay as they were.
import { withSheetTitles } from '../../src/adapters/xlsx/app-properties';

const app = (pairs: string, titles: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs>${pairs}</HeadingPairs><TitlesOfParts>${titles}</TitlesOfParts><Company>Förbundet</Company></Properties>`;
const group = (label: string, n: number) =>
  `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;
const vector = (items: string[], type = 'lpstr') =>
  `<vt:vector size="${items.length}" baseType="${type}">${items.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector>`;

test('Swedish Excel: the Kalkylblad group gets the new sheets, the named ranges stay', () => {
  const before = ['Insatser', 'Bemanning', 'Beslutsunderlag'];
  const xml = app(
    `<vt:vector size="4" baseType="variant">${group('Kalkylblad', 3)}${group('Namngivna områden', 1)}</vt:vector>`,
    vector([...before, 'Bemanning!Utskriftsområde']),
  );
  const after = ['Insatser', 'Bemanning', 'Beslutsunderlag', 'Periodisering'];
  expect(withSheetTitles(xml, before, after)).toBe(
    app(
      `<vt:vector size="4" baseType="variant">${group('Kalkylblad', 4)}${group('Namngivna områden', 1)}</vt:vector>`,
      vector([...after, 'Bemanning!Utskriftsområde']),
    ),
  );
});

test('names are escaped and never read as replacement patterns', () => {
  const xml = app(
    `<vt:vector size="2" baseType="variant">${group('Worksheets', 1)}</vt:vector>`,
    vector(['A']),
  );
  const out = withSheetTitles(xml, ['A'], ['A', 'R&D $& <1>']);
  expect(out).toContain('<vt:lpstr>R&amp;D $&amp; &lt;1&gt;</vt:lpstr>');
  expect(out).toContain('<vt:i4>2</vt:i4>');
});

test('a part it does not understand is left as it was', () => {
  // Counts that do not add up to the titles: a tool wrote it its own way.
  const odd = app(
    `<vt:vector size="2" baseType="variant">${group('Worksheets', 5)}</vt:vector>`,
    vector(['A']),
  );
  expect(withSheetTitles(odd, ['A'], ['A', 'B'])).toBe(odd);
  const none = '<Properties><Application>LibreOffice</Application></Properties>';
  expect(withSheetTitles(none, ['A'], ['A', 'B'])).toBe(none);
  // The same sheets: nothing to change, not even the spelling.
  const same = app(
    `<vt:vector size="2" baseType="variant">${group('Worksheets', 1)}</vt:vector>`,
    vector(['A']),
  );
  expect(withSheetTitles(same, ['A'], ['A'])).toBe(same);
});
