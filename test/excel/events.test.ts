// Live updates through the adapter and the fake's events: one recompute per burst, none for the
// add-in's own writes, co-authors' changes count, handlers removed and re-added cleanly.
import { createExcelPort } from '../../src/adapters/excel';
import { readSnapshot as memoryRead } from '../../src/adapters/memory/read-snapshot';
import { appendAdjustments, readWorkbook } from '../../src/contract';
import { installOfficeFake } from '../support/office-fake';
import { exampleWorkbook, summaryPlansFor } from '../support/office-fake/fixtures';

let uninstall: (() => void) | null = null;
beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  uninstall?.();
  uninstall = null;
});

function setup() {
  const wb = exampleWorkbook();
  const fake = installOfficeFake(wb);
  uninstall = fake.uninstall;
  const port = createExcelPort({ debounceMs: 400, settleMs: 2000 });
  const listener = jest.fn();
  return { wb, host: fake.host, port, listener };
}

test('a change in Bemanning triggers exactly one recompute after the debounce', async () => {
  const { host, port, listener } = setup();
  port.onInputsChanged(listener);
  await jest.advanceTimersByTimeAsync(1);
  host.fireTableChanged('Bemanning', 'Local', 'D7');
  await jest.advanceTimersByTimeAsync(200);
  host.fireTableChanged('Bemanning', 'Local', 'D8');
  await jest.advanceTimersByTimeAsync(399);
  expect(listener).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(1);
  expect(listener).toHaveBeenCalledTimes(1);
  await jest.advanceTimersByTimeAsync(10_000);
  expect(listener).toHaveBeenCalledTimes(1);
});

test("the add-in's own writes (summary, Justeringar rows) trigger none, though Excel fires events for them", async () => {
  const { wb, host, port, listener } = setup();
  port.onInputsChanged(listener);
  await jest.advanceTimersByTimeAsync(1);
  await port.readSnapshot();
  await port.writeSheets(summaryPlansFor(wb));
  const found = readWorkbook(memoryRead(wb)).tables;
  await port.editTableRows(
    appendAdjustments(found, [
      {
        scenario: 'AU',
        initiative: 'Framsteget 2.0',
        role: null,
        action: 'remove',
        value: null,
        reason: 'Test',
      },
    ]),
  );
  await jest.advanceTimersByTimeAsync(10_000);
  expect(host.fired.filter((e) => e.source === 'Local').length).toBeGreaterThan(0);
  expect(listener).not.toHaveBeenCalled();
  // A later edit in the summary sheet's tables does not count either.
  const summaryTable = wb.tables.find((t) => t.sheet === 'Beslutsunderlag')!;
  host.fireTableChanged(summaryTable.name, 'Local');
  await jest.advanceTimersByTimeAsync(1000);
  expect(listener).not.toHaveBeenCalled();
});

test("a co-author's change during our write counts, once, after the write", async () => {
  const { wb, host, port, listener } = setup();
  port.onInputsChanged(listener);
  await jest.advanceTimersByTimeAsync(1);
  const writing = port.writeSheets(summaryPlansFor(wb));
  host.fireTableChanged('Bemanning', 'Remote');
  await writing;
  await jest.advanceTimersByTimeAsync(5000);
  expect(listener).toHaveBeenCalledTimes(1);
});

test("the user's own edit in Bemanning just after our write counts", async () => {
  const { wb, host, port, listener } = setup();
  port.onInputsChanged(listener);
  await jest.advanceTimersByTimeAsync(1);
  await port.writeSheets(summaryPlansFor(wb));
  await jest.advanceTimersByTimeAsync(10);
  host.fireTableChanged('Bemanning', 'Local');
  await jest.advanceTimersByTimeAsync(5000);
  expect(listener).toHaveBeenCalledTimes(1);
});

test('one Office registration for any number of listeners; removed with the last; re-added after a reload', async () => {
  const { host, port } = setup();
  const a = jest.fn();
  const b = jest.fn();
  const offA = port.onInputsChanged(a);
  const offB = port.onInputsChanged(b);
  await jest.advanceTimersByTimeAsync(1);
  const registered = host.handlers.size;
  expect(registered).toBe(3); // onChanged, onAdded, onDeleted (ExcelApi 1.9)
  offA();
  offA();
  await jest.advanceTimersByTimeAsync(1);
  expect(host.handlers.size).toBe(registered);
  offB();
  await jest.advanceTimersByTimeAsync(1);
  expect(host.handlers.size).toBe(0);
  // The pane mounts again (a reload): a new subscription works.
  const c = jest.fn();
  port.onInputsChanged(c);
  await jest.advanceTimersByTimeAsync(1);
  host.fireTableChanged('Insatser', 'Remote');
  await jest.advanceTimersByTimeAsync(400);
  expect(c).toHaveBeenCalledTimes(1);
  expect(a).not.toHaveBeenCalled();
  expect(b).not.toHaveBeenCalled();
});

test('on ExcelApi 1.7 only onChanged is registered', async () => {
  const wb = exampleWorkbook();
  const fake = installOfficeFake(wb, { apiVersion: '1.7' });
  uninstall = fake.uninstall;
  createExcelPort().onInputsChanged(() => undefined);
  await jest.advanceTimersByTimeAsync(1);
  expect([...fake.host.handlers].map((h) => h.type)).toEqual(['TableChanged']);
});

test('a change of a number format alone counts: one recompute, and the read that follows sees the format', async () => {
  const { host, port, listener } = setup();
  port.onInputsChanged(listener);
  await jest.advanceTimersByTimeAsync(1);
  // Start of the first staffing row (F2, a date) made Text by a co-author; its value stays the same.
  host.formatByUser('Bemanning', 'F2', '@', 'Remote');
  const event = host.fired[host.fired.length - 1]!;
  expect(event.details?.valueBefore).toBe(event.details?.valueAfter);
  await jest.advanceTimersByTimeAsync(400);
  expect(listener).toHaveBeenCalledTimes(1);
  const bemanning = (await port.readSnapshot()).tables.find((t) => t.name === 'Bemanning')!;
  expect(bemanning.numberFormats[0]![5]).toBe('@');
  // The user's own format change counts too (Local, outside any write of the add-in).
  host.formatByUser('Bemanning', 'C2', 'General', 'Local');
  await jest.advanceTimersByTimeAsync(400);
  expect(listener).toHaveBeenCalledTimes(2);
});
