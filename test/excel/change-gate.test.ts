// The pure debounce / own-write filter, driven with jest's fake timers.
import { ChangeGate } from '../../src/adapters/excel/change-gate';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const make = () => {
  const fire = jest.fn();
  return { fire, gate: new ChangeGate(fire, { debounceMs: 400, settleMs: 2000 }) };
};

test('a burst of changes fires once, 400 ms after the last', () => {
  const { fire, gate } = make();
  gate.onEvent({ source: 'Local', tableId: 't1' });
  jest.advanceTimersByTime(300);
  gate.onEvent({ source: 'Remote', tableId: 't1' });
  jest.advanceTimersByTime(399);
  expect(fire).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(fire).toHaveBeenCalledTimes(1);
  jest.advanceTimersByTime(10_000);
  expect(fire).toHaveBeenCalledTimes(1);
});

test('Local events on what an own write changed are dropped, during the write and while they settle', () => {
  const { fire, gate } = make();
  const write = gate.beginOwnWrite();
  gate.onEvent({ source: 'Local', tableId: 'just' });
  write.addTargets(['just']);
  write.end();
  gate.onEvent({ source: 'Local', tableId: 'just' });
  jest.advanceTimersByTime(1999);
  gate.onEvent({ source: 'Local', tableId: 'just' });
  jest.advanceTimersByTime(5000);
  expect(fire).not.toHaveBeenCalled();
  // Once settled, the same table counts again.
  gate.onEvent({ source: 'Local', tableId: 'just' });
  jest.advanceTimersByTime(400);
  expect(fire).toHaveBeenCalledTimes(1);
});

test('a co-author change, or a user change elsewhere, during an own write counts — after the write', () => {
  const { fire, gate } = make();
  const write = gate.beginOwnWrite();
  gate.onEvent({ source: 'Remote', tableId: 'just' });
  gate.onEvent({ source: 'Local', tableId: 'bemanning' });
  jest.advanceTimersByTime(1000);
  expect(fire).not.toHaveBeenCalled();
  write.addTargets(['just']);
  write.end();
  jest.advanceTimersByTime(400);
  expect(fire).toHaveBeenCalledTimes(1);
});

test("changes on the add-in's own sheets never count; a write with unknown targets owns its Local events", () => {
  const { fire, gate } = make();
  gate.setOwnedWorksheets(['summary-sheet']);
  gate.onEvent({ source: 'Remote', worksheetId: 'summary-sheet' });
  const write = gate.beginOwnWrite();
  gate.onEvent({ source: 'Local', tableId: 'x' });
  write.end();
  jest.advanceTimersByTime(5000);
  expect(fire).not.toHaveBeenCalled();
});

test('dispose stops a pending call', () => {
  const { fire, gate } = make();
  gate.onEvent({ source: 'Local' });
  gate.dispose();
  jest.advanceTimersByTime(1000);
  expect(fire).not.toHaveBeenCalled();
});
