// The date system from what Excel shows: the same serial is four years and a day later in 1904.
import { createExcelPort } from '../../src/adapters/excel';
import { dateSystemFromText } from '../../src/adapters/excel/date-system';
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { MeetingSession } from '../../src/session';
import { isDateFormat, serialToIso } from '../../src/workbook/excel-dates';
import { exampleWorkbook, exampleWorkbook1904 } from '../support/office-fake/fixtures';
import { installOfficeWire } from '../support/office-wire';
import { SAMORDNAT } from '../session/support';

const date = (value: number, text: string, numberFormat = 'yyyy-mm-dd') => ({ value, text, numberFormat });

test('a date shown with its year says which system counts it', () => {
  // 45566 is 2024-10-01 in the 1900 system and 2028-10-02 in the 1904 one.
  expect(dateSystemFromText([date(45566, '2024-10-01')])).toBe(false);
  expect(dateSystemFromText([date(45566, '2028-10-02')])).toBe(true);
  expect(dateSystemFromText([date(44104, '1 okt. 2024', 'd mmm yyyy')])).toBe(true);
});

test('no answer without a date shown with a four-digit year, or from cells that disagree', () => {
  expect(dateSystemFromText([])).toBeNull();
  expect(dateSystemFromText([date(45566, '24-10-01', 'yy-mm-dd')])).toBeNull();
  // A number that is not shown as a date: 1905 in General would look like the 1900 year of serial 1905.
  expect(dateSystemFromText([date(1905, '1905', 'General')])).toBeNull();
  expect(dateSystemFromText([{ value: 'Coach', text: 'Coach', numberFormat: '@' }])).toBeNull();
  expect(dateSystemFromText([date(45566, '2024-10-01'), date(45566, '2028-10-02')])).toBeNull();
});

test('date formats: y, m or d codes and no digit placeholders, quoted text and [..] aside', () => {
  expect(['yyyy-mm-dd', 'd mmm yyyy', '[$-41D]d mmmm yyyy', 'mmm-yy;@'].map(isDateFormat)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(['General', '@', '0 %', '#,##0 "kr"', '0"d"', '"år "0'].map(isDateFormat)).toEqual([
    false,
    false,
    false,
    false,
    false,
    false,
  ]);
});

describe('writes into a 1904 workbook through Microsoft’s client read back as the same dates', () => {
  // Excel shows a serial in the workbook's date system; Office.js has no released member that says
  // which (Workbook.use1904DateSystem is preview-only), so the port writes in the system its last
  // read found (read.ts), and the wire host shows Range.text in the workbook's own system.
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    uninstall = null;
  });

  /** Each date the sheet shows, as Excel would show it (the workbook's own system, stated here). */
  const shown = (wb: MemoryWorkbook, sheet: string) =>
    [...wb.getSheet(sheet)!.cells.values()]
      .filter((c) => typeof c.value === 'number' && isDateFormat(c.numberFormat))
      .map((c) => serialToIso((c.value as number) + (wb.date1904 ? 1462 : 0), false)!)
      .sort();

  async function meeting(wb: MemoryWorkbook) {
    uninstall = installOfficeWire(wb).uninstall;
    const session = new MeetingSession(
      { ...createExcelPort(), onInputsChanged: () => () => undefined },
      { officeLanguage: 'sv-SE', now: () => new Date('2026-11-23T10:00:00Z') },
    );
    await session.start();
    await session.setEnd(SAMORDNAT, 'Coach', '2026-06-30', 'Coacherna slutar vid halvårsskiftet');
    await session.writeSummary();
    const state = session.getState();
    uninstall();
    uninstall = null;
    return state;
  }

  test('an end-date cut in Justeringar and the Beslutsunderlag’s dates', async () => {
    const wb1900 = exampleWorkbook();
    const wb1904 = exampleWorkbook1904();
    const [plain, state] = [await meeting(wb1900), await meeting(wb1904)];
    // What the session holds after its own re-read: the cut's date, and no date moved.
    const ends = (s: typeof state) =>
      s
        .input!.adjustments.filter((a) => a.action === 'setEnd')
        .map((a) => (a.action === 'setEnd' ? a.end : ''));
    expect(ends(state)).toEqual(['2026-06-30']);
    expect(state.notice?.kind).not.toBe('error');
    expect(state.input!.initiatives).toEqual(plain.input!.initiatives);
    // The workbook itself: the Justeringar cell and every date on the Beslutsunderlag as Excel shows them.
    expect(shown(wb1904, 'Justeringar')).toEqual(['2026-06-30']);
    expect(shown(wb1904, 'Beslutsunderlag')).toEqual(shown(wb1900, 'Beslutsunderlag'));
    expect(shown(wb1904, 'Beslutsunderlag')).toEqual(expect.arrayContaining(['2026-11-23', '2026-06-30']));
  });
});
