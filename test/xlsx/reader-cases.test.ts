// The reader on real packages that users' tools make: each case is the example with one change
// made in its XML. A damaged package is refused with our own message (exit 2); unusual but valid
// packages (1904 dates, ISO date cells, NFD names, whole-column tables) read as what they mean;
// numbers that are not numbers are errors at their cell, never a crash.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SummaryJson } from '../../src/cli/json';
import { loadXlsx } from '../../src/adapters/xlsx';
import { namedTableParts } from '../../src/adapters/xlsx/read';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { cli, tempDir } from '../cli/support';
import JSZip from 'jszip';
import {
  cellOf,
  editPackage,
  editSheet,
  EXAMPLE,
  example1904,
  read,
  sheetPath,
  styleOf,
  tablePath,
  withCell,
} from './user-workbook';

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

// A part's relationships part: xl/worksheets/sheet2.xml → xl/worksheets/_rels/sheet2.xml.rels.
const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');

const inline = (ref: string, text: string, s = '0') =>
  `<c r="${ref}" s="${s}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('a damaged package is refused with exit 2 and a message that says what to do', () => {
  const damaged: Array<[string, (zip: JSZip) => Promise<void>]> = [
    [
      'a listed worksheet part is missing',
      async (zip: JSZip) => void zip.remove(await sheetPath(zip, 'Kostnader')),
    ],
    ['a table part is missing', async (zip: JSZip) => void zip.remove(await tablePath(zip, 'Bemanning'))],
    [
      'a shared-string index is out of range',
      (zip: JSZip) =>
        editSheet(zip, 'Insatser', (xml) =>
          withCell(xml, 'A2', `<c r="A2" s="${styleOf(xml, 'A2')}" t="s"><v>9999</v></c>`),
        ),
    ],
    [
      'a table range is malformed',
      async (zip: JSZip) => {
        const part = await tablePath(zip, 'Bemanning');
        zip.file(part, (await read(zip, part)).replace(/ ref="[^"]*"/, ' ref="A1:Ö"'));
      },
    ],
    [
      'a worksheet is not well-formed XML',
      (zip: JSZip) => editSheet(zip, 'Bemanning', (xml) => xml.replace('</sheetData>', '</sheetDat>')),
    ],
    [
      // Read as index 0 it was the first shared string ("Insats") in Roll, exit 0.
      'a shared-string cell without an index',
      (zip: JSZip) =>
        editSheet(zip, 'Bemanning', (xml) =>
          withCell(xml, 'B2', `<c r="B2" s="${styleOf(xml, 'B2')}" t="s"><v></v></c>`),
        ),
    ],
    [
      // Outside XFD1048576: the value was read nowhere, and Månadslön was called blank (exit 1).
      'a cell reference beyond the sheet',
      (zip: JSZip) =>
        editSheet(zip, 'Bemanning', (xml) =>
          withCell(xml, 'D2', `<c r="ZZZZ2" s="${styleOf(xml, 'D2')}"><v>36000</v></c>`),
        ),
    ],
    [
      // Its tables could not be found: "Tabellen Bemanning saknas. Skapa …" (exit 1), wrong advice.
      "a worksheet's relationships part is missing while the sheet names its table",
      async (zip: JSZip) => void zip.remove(relsOf(await sheetPath(zip, 'Bemanning'))),
    ],
    [
      // The relationships part is there but no longer holds the id the <tablePart r:id> names.
      "a worksheet's relationships part lacks the table its <tablePart> names",
      async (zip: JSZip) => {
        const rels = relsOf(await sheetPath(zip, 'Bemanning'));
        zip.file(rels, (await read(zip, rels)).replace(/<Relationship\b[^>]*\/table"[^>]*\/>/, ''));
      },
    ],
    [
      // Read without it every percent was a bare number and every date a serial: warnings and a
      // total of 3,5 Mkr instead of 22,2 Mkr, exit 0.
      'the listed styles part is missing',
      async (zip: JSZip) => void zip.remove('xl/styles.xml'),
    ],
  ];

  test.each(damaged)('%s', async (_name, edit) => {
    const run = await summarize(await editPackage(EXAMPLE, edit));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Arbetsboken är skadad');
    expect(run.stderr).toContain('Öppna den i Excel och spara den igen');
    expect(run.stderr).not.toMatch(/Cannot read|undefined|TypeError/);
    // Our English detail or the XML parser's own text never stands inside the Swedish sentence.
    expect(run.stderr).not.toMatch(
      /the sheet|the table|shared string|missing|does not exist|cell reference|Unexpected|closing tag/i,
    );
    expect(run.stderr).toMatch(/delen xl\/\S+ går inte att läsa/);
  });

  test.each(damaged)('%s: the message is English with --lang en', async (_name, edit) => {
    const run = await summarize(await editPackage(EXAMPLE, edit), '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('The workbook is damaged');
    expect(run.stderr).toContain('Open it in Excel and save it again');
    expect(run.stderr).not.toMatch(/Cannot read|undefined|TypeError|Unexpected|closing tag|does not exist/);
  });
});

test('the table parts a sheet names are found after its cells, with or without a namespace prefix', () => {
  const cells =
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>sheetData tablePart</t></is></c></row></sheetData>';
  expect(
    namedTableParts(
      `<worksheet>${cells}<tableParts count="1"><tablePart r:id="rId3"/></tableParts></worksheet>`,
    ),
  ).toEqual(['rId3']);
  expect(
    namedTableParts(
      `<x:worksheet>${cells.replace(/<(\/?)sheetData>/g, '<$1x:sheetData>')}<x:tableParts count="2"><x:tablePart r:id="a"/><x:tablePart rel:id="b"/></x:tableParts></x:worksheet>`,
    ),
  ).toEqual(['a', 'b']);
  expect(namedTableParts(`<worksheet>${cells}<tableParts count="0"/></worksheet>`)).toEqual([]);
  expect(namedTableParts('<worksheet><sheetData/></worksheet>')).toEqual([]);
});

describe('dates', () => {
  test('the 1904 date system is honoured for every date, also in a General cell', async () => {
    // In 1904 the same day has a serial 1 462 smaller; one start date in a General cell.
    const bytes = await example1904((zip) =>
      editSheet(zip, 'Insatser', (xml) => withCell(xml, 'D2', cellOf(xml, 'D2').replace(/ s="\d+"/, ''))),
    );
    const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
    const json = JSON.parse(run.stdout) as SummaryJson;
    const example = await exampleJson('--scenario', 'Kansliets förslag');
    expect(run.code).toBe(0);
    expect(json.initiatives.map((i) => [i.start, i.end, i.decisionAmount])).toEqual(
      example.initiatives.map((i) => [i.start, i.end, i.decisionAmount]),
    );
    expect(json.initiatives[0]!.start).toBe(example.initiatives[0]!.start);
  });

  test('an ISO date cell (t="d") is the date it holds', async () => {
    const example = await exampleJson();
    const bytes = await editPackage(EXAMPLE, (zip) =>
      editSheet(zip, 'Insatser', (xml) =>
        withCell(
          xml,
          'D2',
          `<c r="D2" s="${styleOf(xml, 'D2')}" t="d"><v>${example.initiatives[0]!.start}T00:00:00</v></c>`,
        ),
      ),
    );
    const run = await summarize(bytes);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as SummaryJson).initiatives[0]!.start).toBe(example.initiatives[0]!.start);
  });
});

test('a name stored in Unicode NFD matches its NFC spelling', async () => {
  const bytes = await editPackage(EXAMPLE, async (zip) => {
    const sst = await read(zip, 'xl/sharedStrings.xml');
    // Every å, ä, ö decomposed, as macOS tools write them: names, owners, employers, parameter keys.
    zip.file(
      'xl/sharedStrings.xml',
      sst.replace(/<t>([^<]*)<\/t>/g, (_m, t: string) => `<t>${t.normalize('NFD')}</t>`),
    );
  });
  const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
  const json = JSON.parse(run.stdout) as SummaryJson;
  const example = await exampleJson('--scenario', 'Kansliets förslag');
  expect(json.issues).toEqual(example.issues);
  expect(json.totals).toEqual(example.totals);
});

test.each([
  ['abc', 'abc'],
  ['1e400', '1e400'],
])('a numeric cell holding %s is an error at its cell, not a crash', async (v, shown) => {
  const bytes = await editPackage(EXAMPLE, (zip) =>
    editSheet(zip, 'Bemanning', (xml) =>
      withCell(xml, 'D2', `<c r="D2" s="${styleOf(xml, 'D2')}"><v>${v}</v></c>`),
    ),
  );
  const run = await summarize(bytes);
  expect(run.code).toBe(1);
  const json = JSON.parse(run.stdout) as SummaryJson;
  expect(json.issues).toEqual([
    expect.objectContaining({ severity: 'error', cell: 'Bemanning!D2', value: shown }),
  ]);
});

test('#REF! in a date-formatted cell is an error at its cell, not a date or a crash', async () => {
  const bytes = await editPackage(EXAMPLE, (zip) =>
    editSheet(zip, 'Insatser', (xml) =>
      withCell(xml, 'D3', `<c r="D3" s="${styleOf(xml, 'D3')}" t="e"><f>#REF!+1</f><v>#REF!</v></c>`),
    ),
  );
  const run = await summarize(bytes);
  expect(run.code).toBe(1);
  const json = JSON.parse(run.stdout) as SummaryJson;
  expect(json.issues).toEqual([
    expect.objectContaining({ severity: 'error', cell: 'Insatser!D3', column: 'Start', value: '#REF!' }),
  ]);
  expect(json.issues[0]!.message).toContain('#REF!');
});

test('a whole-column table (down to row 1 048 576) is read only as far as it has cells', async () => {
  const bytes = await editPackage(EXAMPLE, async (zip) => {
    const part = await tablePath(zip, 'Bemanning');
    zip.file(part, (await read(zip, part)).replace(/ ref="A1:J\d+"/g, ' ref="A1:J1048576"'));
  });
  const wb = await loadXlsx(Buffer.from(bytes), { sheets: 'tables' });
  expect(wb.getTable('Bemanning')!.range.bottom).toBe(1_048_575);
  const grid = readSnapshot(wb).tables.find((t) => t.name === 'Bemanning')!;
  expect(grid.values.length).toBeLessThan(30);
  const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
  expect(run.code).toBe(0);
  expect((JSON.parse(run.stdout) as SummaryJson).totals).toEqual(
    (await exampleJson('--scenario', 'Kansliets förslag')).totals,
  );
  // Two runs of the CLI: more than jest's 5 s on a loaded machine. The range is what is checked.
}, 30_000);

describe('doubts are said at the cell, in Swedish and English', () => {
  const issuesOf = (run: { stdout: string }) => (JSON.parse(run.stdout) as SummaryJson).issues;

  test('a formula without a cached value is an error at its cell, not an empty Finansiering', async () => {
    // ="Egen" as openpyxl or ExcelJS write it: the formula, no <v>.
    const bytes = await editPackage(EXAMPLE, (zip) =>
      editSheet(zip, 'Bemanning', (xml) =>
        withCell(xml, 'H2', `<c r="H2" s="${styleOf(xml, 'H2')}" t="str"><f>"Egen"</f></c>`),
      ),
    );
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

  // The other columns the issue names, and a required one: each an error at its cell, never "tom"
  // (empty) and never the column's default. A shared formula's cells (only <f t="shared" si="0"/>)
  // are formulas too.
  test.each([
    ['Insatser', 'E2', 'Slut', '<f>DATE(2019,12,31)</f>'],
    ['Insatser', 'F2', 'Ansökt belopp', '<f>1245000</f>'],
    ['Bemanning', 'E4', 'PO-pålägg', '<f>0.4215</f>'],
    ['Kostnader', 'D10', 'År', '<f>2025</f>'],
    ['Bemanning', 'D2', 'Månadslön', '<f>36000</f>'],
    ['Bemanning', 'D3', 'Månadslön', '<f t="shared" si="0"/>'],
  ])(
    'a formula without a cached value in %s!%s (%s) is an error at its cell',
    async (sheet, ref, column, f) => {
      const bytes = await editPackage(EXAMPLE, (zip) =>
        editSheet(zip, sheet, (xml) => {
          // The shared formula's first cell (D2, which holds its text) and a later one (D3).
          if (f.includes('shared'))
            xml = withCell(
              xml,
              'D2',
              `<c r="D2" s="${styleOf(xml, 'D2')}"><f t="shared" ref="D2:D3" si="0">36000</f></c>`,
            );
          return withCell(xml, ref, `<c r="${ref}" s="${styleOf(xml, ref)}">${f}</c>`);
        }),
      );
      for (const lang of ['sv', 'en'] as const) {
        const run = await summarize(bytes, '--lang', lang);
        expect(run.code).toBe(1);
        const issues = issuesOf(run).filter((i) => i.cell === `${sheet}!${ref}`);
        expect(issues).toEqual([expect.objectContaining({ severity: 'error', column, value: null })]);
        expect(issues[0]!.message).toContain(
          lang === 'sv' ? 'har inget beräknat värde' : 'has no computed value',
        );
        expect(issues[0]!.message).not.toMatch(/\btom\b|\bempty\b/);
      }
    },
  );

  test('rows left below a shrunk table are warned about at the first of them', async () => {
    let last = 0;
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      const part = await tablePath(zip, 'Bemanning');
      const xml = await read(zip, part);
      last = Number(/ ref="A1:J(\d+)"/.exec(xml)![1]);
      zip.file(part, xml.replace(/ ref="A1:J\d+"/g, ` ref="A1:J${last - 2}"`));
    });
    const run = await summarize(bytes);
    expect(run.code).toBe(0);
    expect(issuesOf(run)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: `Bemanning!A${last - 1}`,
        row: last - 1,
        table: 'Bemanning',
      }),
    ]);
  });

  test('a row typed right under a table is warned about at that row; the table is read as it is', async () => {
    const bytes = await editPackage(EXAMPLE, (zip) =>
      editSheet(zip, 'Kostnader', (xml) =>
        xml.replace(
          '</sheetData>',
          `<row r="12">${inline('A12', 'Framsteget 2.0')}${inline('B12', 'Lokaler')}<c r="C12"><v>50000</v></c></row></sheetData>`,
        ),
      ),
    );
    const run = await summarize(bytes);
    expect(run.code).toBe(0);
    expect(issuesOf(run)).toEqual([
      expect.objectContaining({ severity: 'warning', cell: 'Kostnader!A12', row: 12, table: 'Kostnader' }),
    ]);
    expect(issuesOf(run)[0]!.message).toContain('Rad 12 under tabellen Kostnader har värden');
    expect((JSON.parse(run.stdout) as SummaryJson).totals).toEqual((await exampleJson()).totals);
  });

  test('a table’s own total row (Table Design → Total Row) is not a row below it; a row under the total row is', async () => {
    // Justeringar with a total row at 3 (label and SUBTOTAL as Excel writes them): ref A1:F3,
    // totalsRowCount 1.
    const withTotals = (below: string) =>
      editPackage(EXAMPLE, async (zip) => {
        const part = await tablePath(zip, 'Justeringar');
        zip.file(
          part,
          (await read(zip, part))
            .replace(/ ref="A1:F2"/, ' ref="A1:F3" totalsRowCount="1"')
            .replace(
              /(<tableColumn id="5" name="Värde") totalsRowFunction="none"/,
              '$1 totalsRowFunction="sum"',
            ),
        );
        await editSheet(zip, 'Justeringar', (xml) =>
          xml.replace(
            '</sheetData>',
            `<row r="3">${inline('A3', 'Summa')}<c r="E3"><f>SUBTOTAL(109,Justeringar[Värde])</f><v>3</v></c></row>${below}</sheetData>`,
          ),
        );
      });
    const run = await summarize(await withTotals(''), '--scenario', 'Kansliets förslag');
    expect(run.code).toBe(0);
    expect(issuesOf(run)).toEqual([]);
    expect((JSON.parse(run.stdout) as SummaryJson).totals).toEqual(
      (await exampleJson('--scenario', 'Kansliets förslag')).totals,
    );
    const typed = await summarize(await withTotals(`<row r="4">${inline('A4', 'Kansliets förslag')}</row>`));
    expect(issuesOf(typed)).toEqual([
      expect.objectContaining({ severity: 'warning', cell: 'Justeringar!A4', row: 4, table: 'Justeringar' }),
    ]);
  });

  test.each([
    ['Kostnader', 'E1', 'Finansiär', 'Finansiering'],
    ['Kostnader', 'D1', 'Budgetår', 'År'],
    ['Bemanning', 'E1', 'PO (%)', 'PO-pålägg'],
  ])(
    'a renamed optional header (%s!%s → %s) is warned about with the expected header',
    async (sheet, ref, header, expected) => {
      const bytes = await editPackage(EXAMPLE, (zip) =>
        editSheet(zip, sheet, (xml) => withCell(xml, ref, inline(ref, header, styleOf(xml, ref)))),
      );
      const run = await summarize(bytes);
      expect(issuesOf(run)).toContainEqual(
        expect.objectContaining({
          severity: 'warning',
          cell: `${sheet}!${ref}`,
          value: header,
          column: expected,
        }),
      );
    },
  );

  // The header says nothing, but the values do: a column of the missing optional one's kind.
  test.each([
    // Row 13's Egen coaches would silently become grant-funded (Förbundet, the default).
    ['Bemanning', 'H1', 'Betalare', 'Finansiering', 'Förbundet', 'Förbundet'],
    // The 2025 cost would be spread over the initiative's years instead.
    ['Kostnader', 'D1', 'Period', 'År', '2025', '2025'],
    // The 42,15 % overhead would silently become the general rate.
    ['Bemanning', 'E1', 'Sociala avgifter', 'PO-pålägg', '42.15 %', '42,15 %'],
  ])(
    'an optional column missing while an unknown one holds its values (%s!%s "%s" → %s) is warned about at the header',
    async (sheet, ref, header, expected, exampleEn, exampleSv) => {
      const bytes = await editPackage(EXAMPLE, (zip) =>
        editSheet(zip, sheet, (xml) => withCell(xml, ref, inline(ref, header, styleOf(xml, ref)))),
      );
      for (const lang of ['sv', 'en'] as const) {
        const run = await summarize(bytes, '--lang', lang);
        const renamed = issuesOf(run).filter((i) => i.row === 1);
        expect(renamed).toEqual([
          expect.objectContaining({
            severity: 'warning',
            table: sheet,
            cell: `${sheet}!${ref}`,
            value: header,
            column: expected,
          }),
        ]);
        const message = renamed[0]!.message;
        expect(message).toContain(`"${header}"`);
        expect(message).toContain(expected);
        expect(message).toContain(lang === 'sv' ? `(t.ex. "${exampleSv}")` : `(e.g. "${exampleEn}")`);
      }
    },
  );

  test.each([
    // Employers are text: they could be anything, so no column is taken for Arbetsgivare by its values.
    ['Bemanning', 'I1', 'Kommun'],
    // Omfattning's percentages (25–400 %) are not all payroll overheads.
    ['Bemanning', 'C1', 'Andel'],
  ])(
    'an unknown column whose values are not all of a missing column’s kind is not (%s!%s "%s")',
    async (sheet, ref, header) => {
      const bytes = await editPackage(EXAMPLE, (zip) =>
        editSheet(zip, sheet, (xml) => withCell(xml, ref, inline(ref, header, styleOf(xml, ref)))),
      );
      const run = await summarize(bytes);
      expect(issuesOf(run).filter((i) => i.cell === `${sheet}!${ref}`)).toEqual([]);
    },
  );

  test('a second table with the same headers is reported: which was read, which was not', async () => {
    const bytes = await editPackage(EXAMPLE, async (zip) => {
      const part = await sheetPath(zip, 'Bemanning');
      zip.file('xl/worksheets/sheet99.xml', await read(zip, part));
      zip.file(
        'xl/worksheets/_rels/sheet99.xml.rels',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table99.xml"/></Relationships>',
      );
      zip.file(
        'xl/tables/table99.xml',
        (await read(zip, await tablePath(zip, 'Bemanning')))
          .replace(/ id="\d+"/, ' id="99"')
          .replace(/ name="[^"]*"/, ' name="Tabell7"')
          .replace(/ displayName="[^"]*"/, ' displayName="Tabell7"'),
      );
      zip.file(
        'xl/workbook.xml',
        (await read(zip, 'xl/workbook.xml')).replace(
          '</sheets>',
          '<sheet sheetId="99" name="Bemanning 2" state="visible" r:id="rId99"/></sheets>',
        ),
      );
      zip.file(
        'xl/_rels/workbook.xml.rels',
        (await read(zip, 'xl/_rels/workbook.xml.rels')).replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
        ),
      );
      zip.file(
        '[Content_Types].xml',
        (await read(zip, '[Content_Types].xml')).replace(
          '</Types>',
          '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
        ),
      );
    });
    const run = await summarize(bytes);
    expect(run.code).toBe(0);
    const issue = issuesOf(run).find((i) => i.table === 'Bemanning' && i.severity === 'warning');
    expect(issue?.message).toContain('Tabell7 (Bemanning 2)');
    expect(issue?.message).toContain('Bemanning (Bemanning)');
  });

  test.each([
    ['Löneökning', 'B6', '0.022', '0,022', '2,2'],
    ['Löneökning 2023', 'B7', '0.041', '0,041', '4,1'],
  ])(
    'a salary increase (%s) typed as a fraction in a General cell is warned about, with the other reading',
    async (_key, ref, v, read, meant) => {
      const bytes = await editPackage(EXAMPLE, (zip) =>
        editSheet(zip, 'Parametrar', (xml) => withCell(xml, ref, `<c r="${ref}"><v>${v}</v></c>`)),
      );
      const run = await summarize(bytes);
      expect(issuesOf(run)).toEqual([
        expect.objectContaining({ severity: 'warning', cell: `Parametrar!${ref}` }),
      ]);
      expect(issuesOf(run)[0]!.message).toContain(
        `läses som ${read}\u00a0% per år. Menade du ${meant}\u00a0%?`,
      );
    },
  );
});

describe('a scenario whose only row is broken still exists; its row is an error at its cell (exit 1)', () => {
  test.each([
    ['Åtgärd "Sänk"', 'D2', (s: string) => inline('D2', 'Sänk', s)],
    ['a blank Värde', 'E2', () => ''],
    ['Värde "tre"', 'E2', (s: string) => inline('E2', 'tre', s)],
    ['Värde −5', 'E2', (s: string) => `<c r="E2" s="${s}"><v>-5</v></c>`],
    ['Värde "2026/06/30"', 'E2', (s: string) => inline('E2', '2026/06/30', s)],
    ['Värde 5 000 %', 'E2', (s: string) => `<c r="E2" s="${s}"><v>50</v></c>`],
  ])('%s', async (_name, ref, cell) => {
    const bytes = await editPackage(EXAMPLE, (zip) =>
      editSheet(zip, 'Justeringar', (xml) => withCell(xml, ref, cell(styleOf(xml, ref)))),
    );
    const run = await summarize(bytes, '--scenario', 'Kansliets förslag');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as SummaryJson;
    expect(json.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', cell: `Justeringar!${ref}` }),
    );
  });
});

test('an employer that nearly matches a PO-pålägg <arbetsgivare> key is warned about with the near match', async () => {
  const bytes = await editPackage(EXAMPLE, async (zip) => {
    const sst = await read(zip, 'xl/sharedStrings.xml');
    expect(sst).toContain('<t>PO-pålägg Håbo kommun</t>');
    zip.file(
      'xl/sharedStrings.xml',
      sst.replace('<t>PO-pålägg Håbo kommun</t>', '<t>PO-pålägg Håbo kommun AB</t>'),
    );
  });
  const run = await summarize(bytes);
  const issues = (JSON.parse(run.stdout) as SummaryJson).issues;
  expect(issues).toEqual([
    expect.objectContaining({ severity: 'warning', column: 'Arbetsgivare', value: 'Håbo kommun' }),
  ]);
  expect(issues[0]!.cell).toMatch(/^Bemanning!I\d+$/);
  expect(issues[0]!.message).toContain('menade du "Håbo kommun AB"?');
});

test.each([
  ['a letter left out', 'Håbo komun'],
  ['two letters swapped', 'Håbo kommnu'],
  ['a letter changed', 'Håbo kommun'.replace('å', 'a')],
])(
  'an employer one typing slip from a PO-pålägg <arbetsgivare> key (%s) is warned about with the near match',
  async (_slip, employer) => {
    const bytes = await editPackage(EXAMPLE, (zip) =>
      editSheet(zip, 'Bemanning', (xml) => withCell(xml, 'I5', inline('I5', employer, styleOf(xml, 'I5')))),
    );
    const run = await summarize(bytes);
    const issues = (JSON.parse(run.stdout) as SummaryJson).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cell: 'Bemanning!I5',
        column: 'Arbetsgivare',
        value: employer,
      }),
    ]);
    expect(issues[0]!.message).toContain('menade du "Håbo kommun"?');
  },
);

test('a Ram row in error is not also called missing from Ram by Medlemsbidrag', async () => {
  // Ram 2024's Egna kostnader a formula without a value: the row is an error; its year's
  // contributions were warned about as "the year is not in the Ram table … Add 2024 to Ram".
  const bytes = await editPackage(EXAMPLE, (zip) =>
    editSheet(zip, 'Ram', (xml) =>
      withCell(xml, 'D2', `<c r="D2" s="${styleOf(xml, 'D2')}"><f>1200000</f></c>`),
    ),
  );
  for (const lang of ['sv', 'en'] as const) {
    const run = await summarize(bytes, '--lang', lang);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as SummaryJson).issues).toEqual([
      expect.objectContaining({ severity: 'error', cell: 'Ram!D2', column: 'Egna kostnader' }),
    ]);
  }
});
