// Dates written into a 1904 workbook (old Mac Excel's date system) read back as the same dates.
// A 1900 serial written there would read 1 462 days (four years and a day) late: silent wrong data.
// The workbook is a real file: the example with workbookPr date1904="1" and its date serials moved.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { loadXlsx, toXlsxBuffer } from '../../src/adapters/xlsx';
import { readWorkbook } from '../../src/contract';
import { MeetingSession } from '../../src/session';
import { isDateFormat, isoToSerial, serialToIso } from '../../src/workbook/excel-dates';
import { cli, tempDir } from '../cli/support';
import { SAMORDNAT } from '../session/support';
import { editSheet, example1904, read, sheetPath, styleOf, withCell } from './user-workbook';

const END = '2026-06-30';
/** Stated here, not taken from the code under test: the same day's serial is 1 462 smaller in 1904. */
const DAYS_1904 = 1462;

/** Every date the workbook's sheet shows, as ISO, in the workbook's own date system. */
function datesOn(wb: MemoryWorkbook, sheet: string): string[] {
  const s = wb.getSheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return [...s.cells.values()]
    .filter((c) => typeof c.value === 'number' && isDateFormat(c.numberFormat))
    .map((c) => serialToIso((c.value as number) + (wb.date1904 ? DAYS_1904 : 0), false)!)
    .sort();
}

const ends = (wb: MemoryWorkbook) =>
  readWorkbook(readSnapshot(wb))
    .input.adjustments.filter((a) => a.action === 'setEnd')
    .map((a) => [a.scenario, a.action === 'setEnd' ? a.end : null]);

test('the preview on a 1904 file: an end-date cut and the Beslutsunderlag read back as the same dates after download', async () => {
  const wb = await loadXlsx(await example1904());
  expect(wb.date1904).toBe(true);
  const session = new MeetingSession(new MemoryPort(wb), {
    officeLanguage: 'sv-SE',
    now: () => new Date('2026-11-23T10:00:00Z'),
  });
  await session.start();
  const startsBefore = session.getState().input!.initiatives.map((i) => [i.start, i.end]);
  await session.setEnd(SAMORDNAT, 'Coach', END, 'Coacherna slutar vid halvårsskiftet');
  await session.writeSummary();

  const back = await loadXlsx(await toXlsxBuffer(wb));
  expect(back.date1904).toBe(true);
  const read = readWorkbook(readSnapshot(back));
  expect(read.input.adjustments.filter((a) => a.action === 'setEnd').map((a) => a.end)).toEqual([END]);
  expect(read.input.initiatives.map((i) => [i.start, i.end])).toEqual(startsBefore);
  // The Beslutsunderlag's dates: the day it was written, each initiative's start and end, the cut.
  const shown = datesOn(back, 'Beslutsunderlag');
  expect(shown).toEqual(expect.arrayContaining(['2026-11-23', END, ...startsBefore.flat()]));
  expect(shown.every((d) => d >= '2017-01-01' && d <= '2030-12-31')).toBe(true);
});

describe('the command line on a 1904 file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('summarize --out: the Beslutsunderlag shows the dates the 1900 file gives', async () => {
    await fs.writeFile(path.join(dir, 'in.xlsx'), await example1904());
    expect((await cli(dir, 'summarize', 'in.xlsx', '--out', 'ut.xlsx')).code).toBe(0);
    const example = path.join(__dirname, '..', '..', 'examples', 'insatsbudget-exempel.xlsx');
    expect((await cli(dir, 'summarize', example, '--out', 'ut1900.xlsx')).code).toBe(0);
    const [out, out1900] = await Promise.all([
      loadXlsx(path.join(dir, 'ut.xlsx')),
      loadXlsx(path.join(dir, 'ut1900.xlsx')),
    ]);
    expect(out.date1904).toBe(true);
    expect(datesOn(out, 'Beslutsunderlag')).toEqual(datesOn(out1900, 'Beslutsunderlag'));
    expect(datesOn(out, 'Beslutsunderlag').length).toBeGreaterThan(5);
  });

  test('balance --out: the base scenario’s end date, copied into each proposal, reads back as itself', async () => {
    // Kansliets förslag: the coaches of Samordnat end at mid-2026 instead of a lower FTE.
    const bytes = await example1904(async (zip) => {
      const dateStyle = styleOf(await read(zip, await sheetPath(zip, 'Insatser')), 'D2');
      await editSheet(zip, 'Justeringar', (xml) =>
        withCell(
          withCell(
            xml,
            'D2',
            `<c r="D2" s="${styleOf(xml, 'D2')}" t="inlineStr"><is><t>Slutdatum</t></is></c>`,
          ),
          'E2',
          `<c r="E2" s="${dateStyle}"><v>${isoToSerial(END, false) - DAYS_1904}</v></c>`,
        ),
      );
    });
    await fs.writeFile(path.join(dir, 'in.xlsx'), bytes);
    const input = await loadXlsx(bytes);
    expect(ends(input)).toEqual([['Kansliets förslag', END]]);
    const run = await cli(dir, 'balance', 'in.xlsx', '--scenario', 'Kansliets förslag', '--out', 'ut.xlsx');
    expect(run.code).toBe(0);
    const out = await loadXlsx(path.join(dir, 'ut.xlsx'));
    const written = ends(out);
    expect(written.length).toBeGreaterThan(1);
    expect(written.map(([, end]) => end)).toEqual(written.map(() => END));
  });
});
