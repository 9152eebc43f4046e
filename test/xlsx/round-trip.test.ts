import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryWorkbook, type MemorySheet } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { loadXlsx, saveXlsx, toXlsxBuffer, writeXlsxData, readXlsxData } from '../../src/adapters/xlsx';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { isoToSerial } from '../../src/workbook/excel-dates';
import { comparableWorkbook } from './comparable';

const KR = '#,##0 "kr"';

/** A summary-like plan with every feature the writer knows. */
function summaryPlan(): SheetPlan {
  return {
    name: 'Beslutsunderlag',
    kind: 'summary',
    blocks: [
      {
        row: 0,
        column: 0,
        cells: [
          [
            {
              kind: 'text',
              text: 'Beslutsunderlag',
              style: { bold: true, fontSize: 16, fontColor: '#1F4E79' },
            },
          ],
          [
            { kind: 'text', text: 'Skrivet', style: { italic: true } },
            { kind: 'date', iso: '2024-10-01', format: 'yyyy-mm-dd' },
          ],
          [
            {
              kind: 'text',
              text: 'År',
              style: { fill: '#DDEBF7', borderBottom: true, horizontal: 'center', vertical: 'center' },
            },
            {
              kind: 'text',
              text: 'Tillgängligt',
              style: { wrap: true, horizontal: 'right', vertical: 'top' },
            },
            { kind: 'text', text: 'Ansökt', style: { horizontal: 'left', vertical: 'bottom' } },
          ],
          [
            { kind: 'number', value: 2024, format: '0' },
            { kind: 'number', value: 1_000_000, format: KR },
            { kind: 'number', value: 1_250_500, format: KR },
          ],
          [
            { kind: 'number', value: 2025, format: '0' },
            { kind: 'number', value: 2_000_000, format: KR },
            { kind: 'number', value: 0, format: KR },
          ],
          [
            { kind: 'text', text: 'Summa', style: { bold: true, borderTop: true } },
            {
              kind: 'formula',
              formula: '=SUM(B4:B5)',
              expected: 3_000_000,
              format: KR,
              style: { borderTop: true },
            },
            { kind: 'formula', formula: '=SUM(C4:C5)-C4', expected: 0, format: KR },
          ],
          [null, null, { kind: 'number', value: 0.123, format: '0.0 %' }],
        ],
      },
    ],
    merges: ['A1:C1'],
    columnWidths: [
      { column: 0, width: 30 },
      { column: 2, width: 14.5 },
    ],
    tables: [{ name: 'Ramtabell', range: 'A3:C5', style: 'TableStyleLight9' }],
    charts: [
      {
        type: 'columnClustered',
        title: 'Ram och ansökt per år',
        sourceRange: 'A3:C5',
        topLeft: 'E3',
        bottomRight: 'L20',
      },
    ],
    validations: [{ range: 'D4:D5', list: ['Förbundet', 'Egen'] }],
    freeze: { rows: 3, columns: 1 },
    tabColor: '#1F4E79',
    rowHeights: [
      { row: 1, height: 45 },
      { row: 6, height: 30.75 },
    ],
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 2, last: 2 },
      rowBreaks: [4, 6],
      footer: { left: 'Beslutsunderlag', right: 'Sida &P av &N' },
    },
    activate: true,
  };
}

function inputsPlan(): SheetPlan {
  return {
    name: 'Bemanning',
    kind: 'inputs',
    blocks: [
      {
        row: 0,
        column: 0,
        cells: [
          ['Insats', 'Roll', 'Omfattning', 'Start', 'Finansiering'].map((text) => ({
            kind: 'text' as const,
            text,
            style: { bold: true },
          })),
          [
            { kind: 'text', text: '=Samordnat stöd' },
            { kind: 'text', text: '+coach' },
            { kind: 'number', value: 3.5, format: '0 %' },
            { kind: 'date', iso: '2024-10-01', format: 'yyyy-mm-dd' },
            { kind: 'text', text: 'Förbundet' },
          ],
          [
            { kind: 'text', text: '@Håbo' },
            { kind: 'text', text: '-arbetsförmedlare' },
            { kind: 'number', value: 0.25, format: '0 %' },
            { kind: 'date', iso: '2025-01-01', format: 'yyyy-mm-dd' },
            { kind: 'text', text: 'Egen' },
          ],
        ],
      },
    ],
    merges: [],
    columnWidths: [{ column: 0, width: 40 }],
    tables: [{ name: 'Bemanning', range: 'A1:E3', style: 'TableStyleMedium2' }],
    charts: [],
    validations: [{ range: 'E2:E1048576', list: ['Förbundet', 'Egen'] }],
  };
}

function sample(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  writePlans(wb, [inputsPlan(), summaryPlan()]);
  wb.names.set('Kommentar', '="en text"');
  wb.settings.set('Insatsbudget.activeScenario', 'Kansliets förslag');
  return wb;
}

async function roundTrip(wb: MemoryWorkbook): Promise<MemoryWorkbook> {
  return loadXlsx(await toXlsxBuffer(wb));
}

async function sheetXml(bytes: Uint8Array, index: number): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string');
}

describe('.xlsx round trip', () => {
  it('keeps values, types, formulas, formats and styles of every cell', async () => {
    const wb = sample();
    const back = await roundTrip(wb);
    expect(comparableWorkbook(back)).toEqual(comparableWorkbook(wb));
  });

  it('keeps tables, defined names (the ownership marks among them), merges, widths, validations, charts, freeze panes and tab colours', async () => {
    const back = await roundTrip(sample());
    expect(back.tables).toEqual([
      {
        name: 'Bemanning',
        sheet: 'Bemanning',
        range: { top: 0, left: 0, bottom: 2, right: 4 },
        style: 'TableStyleMedium2',
      },
      {
        name: 'Ramtabell',
        sheet: 'Beslutsunderlag',
        range: { top: 2, left: 0, bottom: 4, right: 2 },
        style: 'TableStyleLight9',
      },
    ]);
    expect(Object.fromEntries(back.names)).toEqual({
      Insatsbudget_Beslutsunderlag: '=Beslutsunderlag!$A$1',
      Kommentar: '="en text"',
    });
    const summary = back.getSheet('Beslutsunderlag')!;
    expect(summary.merges).toEqual(['A1:C1']);
    expect([...summary.columnWidths]).toEqual([
      [0, 30],
      [2, 14.5],
    ]);
    expect(summary.charts).toEqual([
      {
        type: 'columnClustered',
        name: 'Diagram 1',
        title: 'Ram och ansökt per år',
        sourceRange: 'A3:C5',
        topLeft: 'E3',
        bottomRight: 'L20',
      },
    ]);
    expect(summary.validations).toEqual([{ range: 'D4:D5', list: ['Förbundet', 'Egen'] }]);
    expect(summary.freeze).toEqual({ rows: 3, columns: 1 });
    expect(summary.tabColor).toBe('#1F4E79');
    expect([...summary.rowHeights]).toEqual([
      [1, 45],
      [6, 30.75],
    ]);
    expect(summary.print).toEqual({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 2, last: 2 },
      rowBreaks: [4, 6],
      footer: { left: 'Beslutsunderlag', right: 'Sida &P av &N' },
    });
    // The file opens on the sheet the plan asked to show.
    expect(back.activeSheet).toBe('Beslutsunderlag');
    expect(back.getSheet('Bemanning')!.print).toBeNull();
    expect(back.getSheet('Bemanning')!.validations).toEqual([
      { range: 'E2:E1048576', list: ['Förbundet', 'Egen'] },
    ]);
    expect(Object.fromEntries(back.settings)).toEqual({ 'Insatsbudget.activeScenario': 'Kansliets förslag' });
  });

  it('gives the same snapshot as the in-memory workbook, so the contract reads both alike', async () => {
    const wb = sample();
    expect(readSnapshot(await roundTrip(wb))).toEqual(readSnapshot(wb));
  });

  it('writes formula-looking text as text, never as a formula', async () => {
    const bytes = await writeXlsxData(sample());
    const xml = await sheetXml(bytes, 1);
    for (const ref of ['A2', 'B2', 'A3', 'B3']) {
      const cell = new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(xml)![0];
      expect(cell).toMatch(/t="(s|inlineStr)"/);
      expect(cell).not.toMatch(/<f>/);
    }
    const back = await readXlsxData(bytes);
    const sheet = back.getSheet('Bemanning')!;
    expect(sheet.getCell(1, 0)).toMatchObject({ value: '=Samordnat stöd', formula: null, type: 'String' });
    expect(sheet.getCell(2, 0)).toMatchObject({ value: '@Håbo', formula: null, type: 'String' });
    expect(sheet.getCell(2, 1)).toMatchObject({ value: '-arbetsförmedlare', formula: null, type: 'String' });
  });

  it('writes formulas with their cached results, a zero included', async () => {
    const xml = await sheetXml(await writeXlsxData(sample()), 2);
    expect(xml).toMatch(/<c r="B6"[^>]*><f>SUM\(B4:B5\)<\/f><v>3000000<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C6"[^>]*><f>SUM\(C4:C5\)-C4<\/f><v>0<\/v><\/c>/);
  });

  it('keeps a chart that LibreOffice and Excel can draw: a clustered column chart over the source range with cached values', async () => {
    const zip = await JSZip.loadAsync(await writeXlsxData(sample()));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain('<c:f>Beslutsunderlag!$B$4:$B$5</c:f>');
    expect(chart).toContain('<c:f>Beslutsunderlag!$C$4:$C$5</c:f>');
    expect(chart).toContain('<c:pt idx="1"><c:v>2000000</c:v></c:pt>');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart1.xml');
    expect(types).toContain('/xl/drawings/drawing1.xml');
    const sheet = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>(<tableParts|<\/worksheet>)/);
  });

  it('escapes markup and drops what XML cannot carry in text and formulas, alone or together; plain text as it is', async () => {
    // A sheet added to a package that was read: the package editor writes it (as summarize --out).
    const first = new MemoryWorkbook();
    first.addSheet('Indata').setCell(0, 0, { value: 'x', type: 'String' });
    const wb = await roundTrip(first);
    const sheet = wb.addSheet('Blad1');
    const texts = ['Lokaler', 'R&D <x> "q" \'s\'', 'a\u0001b\u001f', '<\u0008&', 'Coach 1 – Håbo'];
    texts.forEach((t, r) => sheet.setCell(r, 0, { value: t, type: 'String' }));
    sheet.setCell(0, 1, { value: 'R&D', type: 'String', formula: '="R&D"&"<>"' });
    const back = (await roundTrip(wb)).getSheet('Blad1')!;
    expect(texts.map((_, r) => back.getCell(r, 0).value)).toEqual([
      'Lokaler',
      'R&D <x> "q" \'s\'',
      'ab',
      '<&',
      'Coach 1 – Håbo',
    ]);
    expect(back.getCell(0, 1).formula).toBe('="R&D"&"<>"');
  });

  it('round-trips random cells exactly, text that looks like a formula included', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('=A1', '+1', '-2', '@x', '=SUM(A1:A2)', ' leading', '0012'),
    );
    const value = fc.oneof(
      text.filter((s) => s !== '').map((s) => ({ value: s, type: 'String' as const })),
      fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
        .map((v) => ({ value: Object.is(v, -0) ? 0 : v, type: 'Double' as const })),
      fc.boolean().map((v) => ({ value: v, type: 'Boolean' as const })),
      fc
        .constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!')
        .map((v) => ({ value: v, type: 'Error' as const })),
    );
    const cells = fc.array(fc.tuple(fc.nat(40), fc.nat(12), value), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(cells, async (list) => {
        const wb = new MemoryWorkbook();
        const sheet = wb.addSheet('Blad1');
        // Strip characters XML 1.0 cannot carry; Excel cannot store them either.
        for (const [r, c, v] of list) {
          const clean =
            typeof v.value === 'string' && v.type === 'String'
              ? v.value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g, '')
              : v.value;
          if (clean === '') continue;
          sheet.setCell(r, c, { value: clean, type: v.type });
        }
        const back = await roundTrip(wb);
        expect(comparableWorkbook(back)).toEqual(comparableWorkbook(wb));
      }),
      { numRuns: 25 },
    );
  });
});

describe('reading what others wrote', () => {
  async function excelJsFile(fill: (ws: ExcelJS.Worksheet) => void): Promise<MemorySheet> {
    const excel = new ExcelJS.Workbook();
    fill(excel.addWorksheet('Blad1'));
    const wb = await loadXlsx(Buffer.from(await excel.xlsx.writeBuffer()));
    return wb.getSheet('Blad1')!;
  }

  it('turns date cells into Excel serial numbers, as Office.js shows them', async () => {
    const sheet = await excelJsFile((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2024, 9, 1));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('A2').value = new Date(Date.UTC(2026, 11, 31, 12));
      ws.getCell('A2').numFmt = 'yyyy-mm-dd hh:mm';
    });
    expect(sheet.getCell(0, 0)).toMatchObject({
      value: isoToSerial('2024-10-01', false),
      type: 'Double',
      numberFormat: 'yyyy-mm-dd',
    });
    expect(sheet.getCell(1, 0).value).toBeCloseTo(isoToSerial('2026-12-31', false) + 0.5, 9);
  });

  it('reads error values, formula results, rich text, hyperlinks and shared formulas', async () => {
    const sheet = await excelJsFile((ws) => {
      ws.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('A3').value = { richText: [{ text: 'Samordnat ' }, { font: { bold: true }, text: 'stöd' }] };
      ws.getCell('A4').value = { text: 'Förbundet', hyperlink: 'https://example.org' };
      ws.getCell('B1').value = 1;
      ws.getCell('B2').value = 2;
      ws.getCell('C1').value = {
        formula: 'B1*2',
        result: 2,
        shareType: 'shared',
        ref: 'C1:C2',
      } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
      ws.getCell('C2').value = { sharedFormula: 'C1', result: 4 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('D1').value = { formula: 'B1>0', result: true } as ExcelJS.CellFormulaValue;
      ws.getCell('D2').value = { formula: 'B1' } as ExcelJS.CellFormulaValue;
    });
    expect(sheet.getCell(0, 0)).toMatchObject({ value: '#REF!', type: 'Error', formula: null });
    expect(sheet.getCell(1, 0)).toMatchObject({ value: '#DIV/0!', type: 'Error', formula: '=1/0' });
    expect(sheet.getCell(2, 0)).toMatchObject({ value: 'Samordnat stöd', type: 'String' });
    expect(sheet.getCell(3, 0)).toMatchObject({ value: 'Förbundet', type: 'String' });
    expect(sheet.getCell(0, 2)).toMatchObject({ value: 2, formula: '=B1*2', type: 'Double' });
    expect(sheet.getCell(1, 2)).toMatchObject({ value: 4, formula: '=B2*2', type: 'Double' });
    expect(sheet.getCell(0, 3)).toMatchObject({ value: true, formula: '=B1>0', type: 'Boolean' });
    // No cached result: nothing to show until a spreadsheet computes it.
    expect(sheet.getCell(1, 3)).toMatchObject({ value: '', formula: '=B1', type: 'Empty' });
  });

  it('reads every workbook-scoped defined name, also those ExcelJS cannot hold, and skips sheet-scoped and built-in ones', async () => {
    const wb = sample();
    const zip = await JSZip.loadAsync(await writeXlsxData(wb));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file(
      'xl/workbook.xml',
      xml.replace(
        '</definedNames>',
        '<definedName name="Lokal" localSheetId="0">Bemanning!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">Beslutsunderlag!$A$1:$C$6</definedName><definedName name="Summa">SUM(Bemanning!$C$2:$C$3)*2</definedName><definedName name="Tabellkolumn">Bemanning[Roll]</definedName></definedNames>',
      ),
    );
    const back = await loadXlsx(await zip.generateAsync({ type: 'uint8array' }));
    expect(Object.fromEntries(back.names)).toEqual({
      Insatsbudget_Beslutsunderlag: '=Beslutsunderlag!$A$1',
      Kommentar: '="en text"',
      Summa: '=SUM(Bemanning!$C$2:$C$3)*2',
      Tabellkolumn: '=Bemanning[Roll]',
    });
  });

  it('a table whose data rows are all empty is written with one empty row, as Excel requires', async () => {
    const wb = new MemoryWorkbook();
    const sheet = wb.addSheet('Ram');
    sheet.setCell(0, 0, { value: 'År' });
    sheet.setCell(0, 1, { value: 'Tillgängligt' });
    wb.addTable({
      name: 'Ram',
      sheet: 'Ram',
      range: { top: 0, left: 0, bottom: 0, right: 1 },
      style: 'TableStyleMedium2',
    });
    const zip = await JSZip.loadAsync(await writeXlsxData(wb));
    expect(await zip.file('xl/tables/table1.xml')!.async('string')).toMatch(/ref="A1:B2"/);
  });
});

describe('what the model has no words for', () => {
  it("keeps a user's fonts, borders and theme colours when a loaded workbook is saved again", async () => {
    const excel = new ExcelJS.Workbook();
    const ws = excel.addWorksheet('Mitt blad');
    const cell = ws.getCell('B2');
    cell.value = 'Anteckning';
    cell.font = { name: 'Arial', size: 11, color: { theme: 4 } };
    cell.border = { left: { style: 'dashed' } };
    const loaded = await loadXlsx(Buffer.from(await excel.xlsx.writeBuffer()));
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await toXlsxBuffer(loaded)) as unknown as ArrayBuffer);
    const back = again.getWorksheet('Mitt blad')!.getCell('B2');
    expect(back.value).toBe('Anteckning');
    expect(back.font).toMatchObject({ name: 'Arial', color: { theme: 4 } });
    expect(back.border).toMatchObject({ left: { style: 'dashed' } });
  });

  it('refuses overlapping merged ranges instead of writing a file Excel must repair', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Blad1').merges.push('A1:C1', 'B1:B3');
    await expect(writeXlsxData(wb)).rejects.toThrow('Merged ranges overlap at B1');
  });
});

describe('saveXlsx', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'insatsbudget-xlsx-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes the file through a temporary file and leaves nothing else behind', async () => {
    const target = path.join(dir, 'ut.xlsx');
    await saveXlsx(sample(), target);
    expect(await fs.readdir(dir)).toEqual(['ut.xlsx']);
    expect(comparableWorkbook(await loadXlsx(target))).toEqual(comparableWorkbook(sample()));
  });

  it('leaves the target as it was and no temporary file when the final step fails', async () => {
    const target = path.join(dir, 'ut.xlsx');
    await fs.mkdir(target); // a directory cannot be replaced by a file: rename fails
    await fs.writeFile(path.join(target, 'keep.txt'), 'x');
    await expect(saveXlsx(sample(), target)).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['ut.xlsx']);
    expect(await fs.readdir(target)).toEqual(['keep.txt']);
  });
});
