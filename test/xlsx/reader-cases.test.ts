// The reader on real packages that users' tools make: each case is the example with one change
// made in its XML. A damaged package is refused with our own message (exit 2); unusual but valid
// packages (1904 dates, ISO date cells, NFD names, whole-column tables) read as what they mean;
// numbers that are not numbers are errors at their cell, never a crash.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SummaryJson } from '../../src/cli/json';
import { loadXlsx } from '../../src/adapters/xlsx';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { cli, tempDir } from '../cli/support';
import { editPackage, EXAMPLE, read } from './user-workbook';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function summarize(bytes: Uint8Array, ...args: string[]) {
  await fs.writeFile(path.join(dir, 'in.xlsx'), bytes);
  return cli(dir, 'summarize', 'in.xlsx', '--json', ...args);
}

async function exampleJson(...args: string[]): Promise<SummaryJson> {
  const run = await summarize(await fs.readFile(EXAMPLE), ...args);
  return JSON.parse(run.stdout) as SummaryJson;
}

const SHEET = (n: number) => `xl/worksheets/sheet${n}.xml`;

describe('a damaged package is refused with exit 2 and a message that says what to do', () => {
  test.each([
    ['a listed worksheet part is missing', (zip: import('jszip')) => void zip.remove(SHEET(3))],
    ['a table part is missing', (zip: import('jszip')) => void zip.remove('xl/tables/table2.xml')],
    [
      'a shared-string index is out of range',
      async (zip: import('jszip')) =>
        void zip.file(
          SHEET(1),
          // Whatever index A2 (the first initiative's name) has: the example's header count decides it.
          (await read(zip, SHEET(1))).replace(
            /(<c r="A2" s="\d+" t="s"><v>)\d+(<\/v>)/,
            (_m, open: string, close: string) => `${open}9999${close}`,
          ),
        ),
    ],
    [
      'a table range is malformed',
      async (zip: import('jszip')) =>
        void zip.file(
          'xl/tables/table2.xml',
          (await read(zip, 'xl/tables/table2.xml')).replace(/ ref="[^"]*"/, ' ref="A1:Ö"'),
        ),
    ],
    [
      'a worksheet is not well-formed XML',
      async (zip: import('jszip')) =>
        void zip.file(SHEET(2), (await read(zip, SHEET(2))).replace('</sheetData>', '</sheetDat>')),
    ],
  ])('%s', async (_name, edit) => {
    const run = await summarize(await editPackage(EXAMPLE, edit));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Arbetsboken är skadad');
    expect(run.stderr).toContain('Öppna den i Excel och spara den igen');
    expect(run.stderr).not.toMatch(/Cannot read|undefined|TypeError/);
  });

  test('the message is English with --lang en', async () => {
    const run = await summarize(
      await editPackage(EXAMPLE, (zip) => void zip.remove(SHEET(3))),
      '--lang',
      'en',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The workbook is damaged');
  });
});

describe('dates', () => {
  test('the 1904 date system is honoured for every date, also in a General cell', async () => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      let wb = await read(zip, 'xl/workbook.xml');
      wb = wb.replace('<workbookPr ', '<workbookPr date1904="1" ');
      zip.file('xl/workbook.xml', wb);
      for (const n of [1, 2, 3, 4, 5, 6]) {
        // Style 3 is the date format; in 1904 the same day has a serial 1 462 smaller.
        const xml = (await read(zip, SHEET(n))).replace(
          /(<c r="[A-Z]+\d+" s="3"><v>)(\d+)(<\/v>)/g,
          (_m, a: string, v: string, b: string) => `${a}${Number(v) - 1462}${b}`,
        );
        zip.file(SHEET(n), xml);
      }
      // One start date in a General cell.
      zip.file(SHEET(1), (await read(zip, SHEET(1))).replace('<c r="D2" s="3">', '<c r="D2">'));
    });
    const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as SummaryJson;
    const example = await exampleJson('--scenario', 'Kansliets förslag');
    expect(json.initiatives.map((i) => [i.start, i.end, i.decisionAmount])).toEqual(
      example.initiatives.map((i) => [i.start, i.end, i.decisionAmount]),
    );
    expect(json.initiatives[0]!.start).toBe('2018-01-01');
  });

  test('an ISO date cell (t="d") is the date it holds', async () => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      zip.file(
        SHEET(1),
        (await read(zip, SHEET(1))).replace(
          '<c r="D2" s="3"><v>43101</v></c>',
          '<c r="D2" s="3" t="d"><v>2018-01-01T00:00:00</v></c>',
        ),
      );
    });
    const run = await summarize(bytes);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as SummaryJson).initiatives[0]!.start).toBe('2018-01-01');
  });
});

test('a name stored in Unicode NFD matches its NFC spelling', async () => {
  const bytes = await editPackage(EXAMPLE, async (zip) => {
    const sst = await read(zip, 'xl/sharedStrings.xml');
    // The owners in Bemanning ("Håbo kommun", …) and every other å, ä, ö decomposed, as macOS tools write them.
    zip.file(
      'xl/sharedStrings.xml',
      sst.replace(/<t>([^<]*)<\/t>/g, (_m, t: string) => `<t>${t.normalize('NFD')}</t>`),
    );
  });
  const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as SummaryJson;
  const example = await exampleJson('--scenario', 'Kansliets förslag');
  expect(json.issues).toEqual([]);
  expect(json.totals).toEqual(example.totals);
});

test.each([
  ['abc', 'abc'],
  ['1e400', '1e400'],
])('a numeric cell holding %s is an error at its cell, not a crash', async (v, shown) => {
  const bytes = await editPackage(EXAMPLE, async (zip) => {
    zip.file(
      SHEET(2),
      (await read(zip, SHEET(2))).replace(
        '<c r="D2" s="4"><v>36000</v></c>',
        `<c r="D2" s="4"><v>${v}</v></c>`,
      ),
    );
  });
  const run = await summarize(bytes);
  expect(run.code).toBe(1);
  const json = JSON.parse(run.stdout) as SummaryJson;
  expect(json.issues).toEqual([
    expect.objectContaining({ severity: 'error', cell: 'Bemanning!D2', value: shown }),
  ]);
});

test('a whole-column table (down to row 1 048 576) is read only as far as it has cells', async () => {
  const bytes = await editPackage(EXAMPLE, async (zip) => {
    const xml = await read(zip, 'xl/tables/table2.xml');
    zip.file(
      'xl/tables/table2.xml',
      xml
        .replace(/ ref="A1:I\d+"/, ' ref="A1:I1048576"')
        .replace(/(<autoFilter ref=")A1:I\d+"/, '$1A1:I1048576"'),
    );
  });
  const wb = await loadXlsx(Buffer.from(bytes), { sheets: 'tables' });
  expect(wb.getTable('Bemanning')!.range.bottom).toBe(1_048_575);
  const grid = readSnapshot(wb).tables.find((t) => t.name === 'Bemanning')!;
  expect(grid.values.length).toBeLessThan(20);
  const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
  expect(run.code).toBe(0);
  expect((JSON.parse(run.stdout) as SummaryJson).totals).toEqual(
    (await exampleJson('--scenario', 'Kansliets förslag')).totals,
  );
});

describe('doubts are said at the cell, in Swedish and English', () => {
  const issuesOf = (run: { stdout: string }) => (JSON.parse(run.stdout) as SummaryJson).issues;

  test('a formula without a cached value is an error at its cell, not an empty Finansiering', async () => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      // ="Egen" as openpyxl or ExcelJS write it: the formula, no <v>.
      zip.file(
        SHEET(2),
        (await read(zip, SHEET(2))).replace(
          '<c r="H2" s="2" t="s"><v>26</v></c>',
          '<c r="H2" s="2" t="str"><f>"Egen"</f></c>',
        ),
      );
    });
    const run = await summarize(bytes);
    expect(run.code).toBe(1);
    expect(issuesOf(run)).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'Bemanning!H2', column: 'Finansiering' }),
    ]);
    expect(issuesOf(run)[0]!.message).toContain(
      'har inget beräknat värde — öppna och spara arbetsboken i Excel',
    );
    const en = await summarize(bytes, '--lang', 'en');
    expect(issuesOf(en)[0]!.message).toContain('no computed value');
  });

  test('rows left below a shrunk table are warned about at the first of them', async () => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      const xml = await read(zip, 'xl/tables/table2.xml');
      zip.file('xl/tables/table2.xml', xml.replace(/ref="A1:I15"/g, 'ref="A1:I13"'));
    });
    const run = await summarize(bytes);
    expect(run.code).toBe(0);
    expect(issuesOf(run)).toEqual([
      expect.objectContaining({ severity: 'warning', cell: 'Bemanning!A14', row: 14, table: 'Bemanning' }),
    ]);
  });

  test.each([
    [3, 'E1', 23, 'Finansiär', 'Kostnader!E1', 'Finansiering'],
    [3, 'D1', 38, 'Budgetår', 'Kostnader!D1', 'År'],
    [2, 'E1', 22, 'PO (%)', 'Bemanning!E1', 'PO-pålägg'],
  ])(
    'a renamed optional header (sheet%i %s → %s) is warned about with the expected header',
    async (sheet, ref, sst, header, cell, expected) => {
      const bytes = await editPackage(EXAMPLE, async (zip) => {
        zip.file(
          SHEET(sheet),
          (await read(zip, SHEET(sheet))).replace(
            `<c r="${ref}" s="1" t="s"><v>${sst}</v></c>`,
            `<c r="${ref}" s="1" t="inlineStr"><is><t>${header}</t></is></c>`,
          ),
        );
      });
      const run = await summarize(bytes);
      expect(issuesOf(run)).toContainEqual(
        expect.objectContaining({ severity: 'warning', cell, value: header, column: expected }),
      );
    },
  );

  test('a second table with the same headers is reported: which was read, which was not', async () => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      zip.file(
        SHEET(8),
        (await read(zip, SHEET(2))).replace('<tablePart r:id="rId1"/>', '<tablePart r:id="rId1"/>'),
      );
      zip.file(
        'xl/worksheets/_rels/sheet8.xml.rels',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table7.xml"/></Relationships>',
      );
      zip.file(
        'xl/tables/table7.xml',
        (await read(zip, 'xl/tables/table2.xml'))
          .replace(/ id="\d+"/, ' id="77"')
          .replace(/ name="[^"]*"/, ' name="Tabell7"')
          .replace(/ displayName="[^"]*"/, ' displayName="Tabell7"'),
      );
      zip.file(
        'xl/workbook.xml',
        (await read(zip, 'xl/workbook.xml')).replace(
          '</sheets>',
          '<sheet sheetId="8" name="Bemanning 2" state="visible" r:id="rId88"/></sheets>',
        ),
      );
      zip.file(
        'xl/_rels/workbook.xml.rels',
        (await read(zip, 'xl/_rels/workbook.xml.rels')).replace(
          '</Relationships>',
          '<Relationship Id="rId88" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet8.xml"/></Relationships>',
        ),
      );
      zip.file(
        '[Content_Types].xml',
        (await read(zip, '[Content_Types].xml')).replace(
          '</Types>',
          '<Override PartName="/xl/worksheets/sheet8.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table7.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
        ),
      );
    });
    const run = await summarize(bytes);
    expect(run.code).toBe(0);
    const issue = issuesOf(run).find((i) => i.table === 'Bemanning' && i.severity === 'warning');
    expect(issue?.message).toContain('Tabell7 (Bemanning 2)');
    expect(issue?.message).toContain('Bemanning (Bemanning)');
  });

  test('a salary increase typed as a fraction in a General cell is warned about, with the other reading', async () => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      zip.file(
        SHEET(5),
        (await read(zip, SHEET(5))).replace('<c r="B7" s="6"><v>0.041</v></c>', '<c r="B7"><v>0.041</v></c>'),
      );
    });
    const run = await summarize(bytes);
    expect(issuesOf(run)).toEqual([expect.objectContaining({ severity: 'warning', cell: 'Parametrar!B7' })]);
    expect(issuesOf(run)[0]!.message).toContain('läses som 0,041\u00a0% per år. Menade du 4,1\u00a0%?');
  });
});

describe('a scenario whose only row is broken still exists; its row is an error at its cell (exit 1)', () => {
  const inline = (ref: string, text: string, s = 2) =>
    `<c r="${ref}" s="${s}" t="inlineStr"><is><t>${text}</t></is></c>`;
  test.each([
    ['Åtgärd "Sänk"', '<c r="D2" s="2" t="s"><v>20</v></c>', inline('D2', 'Sänk'), 'Justeringar!D2'],
    ['a blank Värde', '<c r="E2" s="5"><v>3</v></c>', '', 'Justeringar!E2'],
    ['Värde "tre"', '<c r="E2" s="5"><v>3</v></c>', inline('E2', 'tre'), 'Justeringar!E2'],
    ['Värde −5', '<c r="E2" s="5"><v>3</v></c>', '<c r="E2" s="5"><v>-5</v></c>', 'Justeringar!E2'],
    ['Värde "2026/06/30"', '<c r="E2" s="5"><v>3</v></c>', inline('E2', '2026/06/30'), 'Justeringar!E2'],
    ['Värde 5 000 %', '<c r="E2" s="5"><v>3</v></c>', '<c r="E2" s="5"><v>50</v></c>', 'Justeringar!E2'],
  ])('%s', async (_name, from, to, cell) => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      const xml = await read(zip, SHEET(6));
      expect(xml).toContain(from);
      zip.file(SHEET(6), xml.replace(from, to));
    });
    const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as SummaryJson;
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: 'error', cell }));
  });
});
