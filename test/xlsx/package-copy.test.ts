// The copy keeps the user's workbook: summarize --out and the preview's download edit the package;
// every part Insatsbudget does not own comes out byte for byte (ExcelJS re-serialising dropped
// images, comments, conditional formats, names, print settings, properties …).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import type { MemorySheet } from '../../src/adapters/memory/memory-workbook';
import { editTableColumnIn, editTableRowsIn } from '../../src/adapters/memory/memory-port';
import { OWNERSHIP_NAMES } from '../../src/adapters/memory/ownership';
import { loadXlsx, writeXlsxData } from '../../src/adapters/xlsx';
import { cli, tempDir } from '../cli/support';
import {
  addUserChart,
  editPackage,
  editSheet,
  partsOf,
  read,
  sheetPath,
  tablePath,
  userWorkbook,
} from './user-workbook';

// Each test runs the CLI on real files (ExcelJS for the template): more than jest's 5 s on a
// machine shared under load. What they check is the output, not the time.
jest.setTimeout(30_000);

/**
 * Parts the copy may change: the workbook's sheet list and names, relationships, content types,
 * appended styles, our settings, and app.xml's list of sheet titles.
 */
const EDITED = new Set([
  'docProps/app.xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'xl/styles.xml',
  'docProps/custom.xml',
]);

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
  await fs.writeFile(path.join(dir, 'in.xlsx'), await userWorkbook());
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function changedParts(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...before].filter(([p, b]) => !after.get(p)?.equals(b)).map(([p]) => p);
}

describe('summarize --out on a user workbook', () => {
  test('every part it does not own is byte-identical; names, properties and styles are kept', async () => {
    const run = await cli(dir, 'summarize', 'in.xlsx', '--scenario', 'Kansliets förslag', '--out', 'ut.xlsx');
    expect(run.code).toBe(0);
    const input = await partsOf(await fs.readFile(path.join(dir, 'in.xlsx')));
    const output = await partsOf(await fs.readFile(path.join(dir, 'ut.xlsx')));
    expect(changedParts(input, output).filter((p) => !EDITED.has(p))).toEqual([]);
    // The image, the comment, the user's sheet-scoped names and properties are all there.
    for (const part of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'docProps/core.xml',
    ])
      expect(output.has(part)).toBe(true);
    const wbXml = output.get('xl/workbook.xml')!.toString('utf8');
    expect(wbXml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">Bemanning!$A$1:$I$15</definedName>',
    );
    expect(wbXml).toContain('<definedName name="Lokal" localSheetId="7">');
    expect(wbXml).toContain('<definedName name="Medel">Ram!$B$2:$B$10</definedName>');
    expect(wbXml).toContain(
      `<definedName name="${OWNERSHIP_NAMES.summary}">Beslutsunderlag!$A$1</definedName>`,
    );
    // app.xml lists the sheets as they now are; the user's company and the rest of it are kept.
    const app = output.get('docProps/app.xml')!.toString('utf8');
    expect(app).toContain('<Company>Samordningsförbundet Uppsala län</Company>');
    expect(app).toContain(
      '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>10</vt:i4>',
    );
    expect(app).toContain(
      '<vt:vector size="10" baseType="lpstr"><vt:lpstr>Insatser</vt:lpstr><vt:lpstr>Bemanning</vt:lpstr><vt:lpstr>Kostnader</vt:lpstr><vt:lpstr>Ram</vt:lpstr><vt:lpstr>Medlemsbidrag</vt:lpstr><vt:lpstr>Parametrar</vt:lpstr><vt:lpstr>Justeringar</vt:lpstr><vt:lpstr>Läs mig</vt:lpstr><vt:lpstr>Beslutsunderlag</vt:lpstr><vt:lpstr>Periodisering</vt:lpstr></vt:vector>',
    );
    expect(app.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, '')).toBe(
      input
        .get('docProps/app.xml')!
        .toString('utf8')
        .replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, ''),
    );
    const custom = output.get('docProps/custom.xml')!.toString('utf8');
    expect(custom).toContain('<vt:i4>2025017</vt:i4>');
    expect(custom).toContain('name="Handläggare"><vt:lpwstr>Anna</vt:lpwstr>');
    // New cell formats go after the user's: every existing one keeps its index, and every list of
    // the styles part (the user's medium and double borders, the rule's dxf) starts as it was.
    const hidden = input.get('xl/worksheets/sheet8.xml')!.toString('utf8');
    expect(hidden).toContain('<col min="2" max="2" width="9" hidden="1" customWidth="1" outlineLevel="1"/>');
    const stylesIn = input.get('xl/styles.xml')!.toString('utf8');
    const stylesOut = output.get('xl/styles.xml')!.toString('utf8');
    expect(stylesIn).toContain('<left style="medium"/><right/><top/><bottom style="double"/>');
    for (const list of [
      'numFmts',
      'fonts',
      'fills',
      'borders',
      'cellStyleXfs',
      'cellXfs',
      'cellStyles',
      'dxfs',
    ]) {
      const inner = (xml: string) => new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1];
      if (inner(stylesIn) === undefined) continue;
      expect([list, inner(stylesOut)!.startsWith(inner(stylesIn)!)]).toEqual([list, true]);
    }
    expect(stylesOut).toContain('<left style="medium"/><right/><top/><bottom style="double"/>');
    const back = await loadXlsx(path.join(dir, 'ut.xlsx'));
    expect(back.sheets.map((s) => s.name)).toEqual([
      'Insatser',
      'Bemanning',
      'Kostnader',
      'Ram',
      'Medlemsbidrag',
      'Parametrar',
      'Justeringar',
      'Läs mig',
      'Beslutsunderlag',
      'Periodisering',
    ]);
    expect(back.getSheet('Beslutsunderlag')!.charts).toHaveLength(1);
  });

  test('summarize on its own output replaces its sheets and keeps everything else', async () => {
    expect((await cli(dir, 'summarize', 'in.xlsx', '--out', 'ut.xlsx')).code).toBe(0);
    expect(
      (await cli(dir, 'summarize', 'ut.xlsx', '--scenario', 'Kansliets förslag', '--out', 'ut2.xlsx')).code,
    ).toBe(0);
    const first = await loadXlsx(path.join(dir, 'ut.xlsx'));
    const second = await loadXlsx(path.join(dir, 'ut2.xlsx'));
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(second.names.get(OWNERSHIP_NAMES.summary)).toBe('=Beslutsunderlag!$A$1');
    // The adjustments are listed without an Excel table (their reasons are merged across the width).
    expect(second.tables.length).toBe(first.tables.length);
    const input = await partsOf(await fs.readFile(path.join(dir, 'in.xlsx')));
    const output = await partsOf(await fs.readFile(path.join(dir, 'ut2.xlsx')));
    expect(changedParts(input, output).filter((p) => !EDITED.has(p))).toEqual([]);
    // The first run's sheets, tables and chart are gone, not left behind beside the new ones: the
    // user's line chart and the summary's.
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'ut2.xlsx')));
    expect(zip.file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(2);
    expect(zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)).toHaveLength(10);
    // The sheet titles once each: the replaced sheets are not listed twice.
    expect(await read(zip, 'docProps/app.xml')).toContain('<vt:i4>10</vt:i4>');
    expect(
      (await read(zip, 'docProps/app.xml')).match(/<vt:lpstr>Beslutsunderlag<\/vt:lpstr>/g),
    ).toHaveLength(1);
    const types = await read(zip, '[Content_Types].xml');
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(zip.file(m[1]!)).not.toBeNull();
  });

  test('a chart the user added after a first summarize, numbered after the summary’s, is kept by the next', async () => {
    // The summary's chart and drawing are removed and written anew; the new ones must not take the
    // names of the user's parts that follow them (a count of the parts left would).
    expect((await cli(dir, 'summarize', 'in.xlsx', '--out', 'ut.xlsx')).code).toBe(0);
    const first = await partsOf(await fs.readFile(path.join(dir, 'ut.xlsx')));
    expect([...first.keys()].filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p)).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
      'xl/drawings/drawing3.xml',
    ]);
    await fs.writeFile(
      path.join(dir, 'ut.xlsx'),
      await editPackage(await fs.readFile(path.join(dir, 'ut.xlsx')), (zip) =>
        addUserChart(zip, 'Kostnader', 'drawing4.xml', 'chart3.xml'),
      ),
    );
    expect((await cli(dir, 'summarize', 'ut.xlsx', '--out', 'ut2.xlsx')).code).toBe(0);
    const input = await partsOf(await fs.readFile(path.join(dir, 'in.xlsx')));
    const withChart = await partsOf(await fs.readFile(path.join(dir, 'ut.xlsx')));
    const output = await partsOf(await fs.readFile(path.join(dir, 'ut2.xlsx')));
    const userParts = [
      'xl/drawings/drawing4.xml',
      'xl/drawings/_rels/drawing4.xml.rels',
      'xl/charts/chart3.xml',
      await sheetPath(await JSZip.loadAsync(await fs.readFile(path.join(dir, 'ut.xlsx'))), 'Kostnader'),
    ];
    for (const part of userParts) expect(output.get(part)?.equals(withChart.get(part)!)).toBe(true);
    // Against the user's workbook: only Kostnader changed, where the chart was added.
    expect(
      changedParts(input, output)
        .filter((p) => !EDITED.has(p))
        .sort(),
    ).toEqual([userParts[3]!, 'xl/worksheets/_rels/sheet3.xml.rels'].sort());
    const back = await loadXlsx(path.join(dir, 'ut2.xlsx'));
    expect(back.getSheet('Beslutsunderlag')!.charts).toHaveLength(1);
  });
});

describe('a Justeringar row edit', () => {
  test('touches only that table’s sheet and table part; the other cells keep their XML', async () => {
    const bytes = await userWorkbook();
    const wb = await loadXlsx(Buffer.from(bytes));
    editTableRowsIn(wb, {
      table: 'Justeringar',
      append: [
        [
          { value: 'Kansliets förslag', numberFormat: '@' },
          { value: 'Framsteget 2.0', numberFormat: '@' },
          { value: 'Coach', numberFormat: '@' },
          { value: 'Omfattning', numberFormat: '@' },
          { value: 1.5, numberFormat: '0 %' },
          { value: 'Mötet', numberFormat: '@' },
        ],
      ],
      update: [],
      remove: [],
    });
    const out = await writeXlsxData(wb);
    const before = await partsOf(bytes);
    const after = await partsOf(out);
    expect(changedParts(before, after).sort()).toEqual(['xl/tables/table7.xml', 'xl/worksheets/sheet7.xml']);
    const oldSheet = before.get('xl/worksheets/sheet7.xml')!.toString('utf8');
    const newSheet = after.get('xl/worksheets/sheet7.xml')!.toString('utf8');
    // Everything outside the rows, and every old row, as it was.
    const rows = /<sheetData>([\s\S]*)<\/sheetData>/.exec(oldSheet)![1]!;
    expect(newSheet).toContain(rows.replace(/<\/row>$/, ''));
    expect(newSheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, '')).toBe(
      oldSheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, ''),
    );
    const back = await loadXlsx(Buffer.from(out));
    const table = back.getTable('Justeringar')!;
    const sheet = back.getSheet(table.sheet)!;
    expect(sheet.getCell(table.range.bottom, table.range.left + 1).value).toBe('Framsteget 2.0');
    expect(sheet.getCell(table.range.bottom, table.range.left + 4)).toMatchObject({
      value: 1.5,
      numberFormat: '0 %',
    });
  });
});

/**
 * The writer tells a changed sheet by a digest of its cells taken when it was read (it keeps no
 * cell's XML beside the model): an edit made any way the model allows reaches the file, and an
 * edit undone leaves the part byte for byte.
 */
describe('an edit outside the table edits', () => {
  async function bemanning(wb: Awaited<ReturnType<typeof loadXlsx>>) {
    const table = wb.getTable('Bemanning')!;
    const sheet = wb.getSheet(table.sheet)!;
    return { sheet, row: table.range.top + 1, column: table.range.left + 3 };
  }

  test('a cell changed in place, or through the sheet, is written; nothing else changes', async () => {
    const bytes = await userWorkbook();
    const part = await sheetPath(await JSZip.loadAsync(bytes), 'Bemanning');
    for (const edit of [
      (s: { sheet: MemorySheet; row: number; column: number }) => {
        const cell = s.sheet.cells.get(`${s.row},${s.column}`)!;
        cell.value = 12_345;
      },
      (s: { sheet: MemorySheet; row: number; column: number }) =>
        s.sheet.setCell(s.row, s.column, { value: 12_345 }),
    ]) {
      const wb = await loadXlsx(Buffer.from(bytes));
      const at = await bemanning(wb);
      edit(at);
      const out = await writeXlsxData(wb);
      expect(changedParts(await partsOf(bytes), await partsOf(out))).toEqual([part]);
      const back = await bemanning(await loadXlsx(Buffer.from(out)));
      expect(back.sheet.getCell(back.row, back.column).value).toBe(12_345);
    }
  });

  test('a cell set back to what it was, or removed and put back, leaves every part byte for byte', async () => {
    const bytes = await userWorkbook();
    const wb = await loadXlsx(Buffer.from(bytes));
    const { sheet, row, column } = await bemanning(wb);
    const key = `${row},${column}`;
    const was = sheet.cells.get(key)!;
    sheet.setCell(row, column, { value: 1 });
    sheet.setCell(row, column, { ...was });
    sheet.cells.delete(key);
    sheet.cells.set(key, was);
    expect(changedParts(await partsOf(bytes), await partsOf(await writeXlsxData(wb)))).toEqual([]);
  });
});

/** The user's workbook as saved before holds existed: Bemanning without its last column, Låst (J). */
function withoutHeldColumn(bytes: Uint8Array): Promise<Uint8Array> {
  return editPackage(bytes, async (zip) => {
    const part = await tablePath(zip, 'Bemanning');
    const xml = await read(zip, part);
    const last = /<tableColumn id="10" name="Låst"[^>]*\/>/.exec(xml)![0];
    zip.file(
      part,
      xml
        .replace(last, '')
        .replace('<filterColumn colId="9" hiddenButton="0"/>', '')
        .replace('tableColumns count="10"', 'tableColumns count="9"')
        .replace(/ref="A1:J(\d+)"/g, 'ref="A1:I$1"'),
    );
    await editSheet(zip, 'Bemanning', (sheet) => {
      const validations = sheet.replace(
        /<dataValidation\b[^>]*sqref="J[^"]*"[^>]*>[\s\S]*?<\/dataValidation>/,
        '',
      );
      const count = (validations.match(/<dataValidation\b/g) ?? []).length;
      return validations
        .replace(/<c r="J\d+"(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/c>)/g, '')
        .replace(/<dataValidations count="\d+"/, `<dataValidations count="${count}"`);
    });
  });
}

describe('a hold that adds the Låst column', () => {
  test('widens only that table’s part (a new tableColumn) and sheet; the download reads back held', async () => {
    const bytes = await withoutHeldColumn(await userWorkbook());
    const wb = await loadXlsx(Buffer.from(bytes));
    const table = wb.getTable('Bemanning')!;
    const width = table.range.right - table.range.left + 1;
    editTableColumnIn(wb, {
      table: 'Bemanning',
      header: 'Låst',
      addColumn: true,
      cells: [{ index: 1, cell: { value: 'Ja', numberFormat: '@' } }],
    });
    const out = await writeXlsxData(wb);
    const before = await partsOf(bytes);
    const after = await partsOf(out);
    const changed = changedParts(before, after);
    expect(changed).toHaveLength(2);
    const part = changed.find((p) => p.startsWith('xl/tables/'))!;
    const oldXml = before.get(part)!.toString('utf8');
    const newXml = after.get(part)!.toString('utf8');
    const columns = (xml: string) => [...xml.matchAll(/<tableColumn\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(columns(newXml)).toEqual([...columns(oldXml), 'Låst']);
    expect(newXml).toContain(`tableColumns count="${width + 1}"`);
    const ids = [...newXml.matchAll(/<tableColumn\b[^>]*\bid="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);

    const back = await loadXlsx(Buffer.from(out));
    const t = back.getTable('Bemanning')!;
    const sheet = back.getSheet(t.sheet)!;
    expect(t.range.right - t.range.left + 1).toBe(width + 1);
    expect(sheet.getCell(t.range.top, t.range.right).value).toBe('Låst');
    expect(sheet.getCell(t.range.top + 2, t.range.right).value).toBe('Ja');
  });
});
