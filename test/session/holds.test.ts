// Holds through the session: Låst written in the user's own Insatser or Bemanning (only that cell),
// the column added when the table has none, one undoable step, read back by the contract.
import { MemoryPort, editTableColumnIn } from '../../src/adapters/memory/memory-port';
import type { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { readWorkbook } from '../../src/contract';
import { isHeld } from '../../src/session';
import { FRAMSTEGET, SAMORDNAT, decidedExamplePort, examplePort, startedSession } from './support';

const key = (v: unknown) => String(v).trim().toLocaleLowerCase('sv');

/** Takes the table's last column, Låst, out of the model (a workbook from before holds). */
function dropHeldColumn(wb: MemoryWorkbook, name: string): void {
  const table = wb.getTable(name)!;
  const sheet = wb.getSheet(table.sheet)!;
  const { top, bottom, right } = table.range;
  expect(key(sheet.getCell(top, right).value)).toBe('låst');
  for (let r = top; r <= bottom; r++) sheet.clearCell(r, right);
  table.range = { ...table.range, right: right - 1 };
}

function column(port: MemoryPort, name: string): { header: string; values: unknown[] } {
  const table = port.workbook.getTable(name)!;
  const sheet = port.workbook.getSheet(table.sheet)!;
  const values = [];
  for (let r = table.range.top + 1; r <= table.range.bottom; r++)
    values.push(sheet.getCell(r, table.range.right).value);
  return { header: String(sheet.getCell(table.range.top, table.range.right).value), values };
}

async function heldNow(port: MemoryPort) {
  const input = readWorkbook(await port.readSnapshot()).input;
  return {
    initiatives: input.initiatives.filter((i) => i.held).map((i) => i.name),
    // A role may have several rows (periods): each is held.
    roles: [...new Set(input.staffing.filter((s) => s.held).map((s) => `${s.initiative}/${s.role}`))],
  };
}

describe('holds', () => {
  it('holds a role in Bemanning’s Låst column, reads back held, and undo/redo take it back and again', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    const width = port.workbook.getTable('Bemanning')!.range.right;
    await session.hold({ initiative: SAMORDNAT, role: 'Coach' }, true);
    expect(await heldNow(port)).toEqual({ initiatives: [], roles: [`${SAMORDNAT}/Coach`] });
    expect(isHeld(session.getState().input!, { initiative: SAMORDNAT, role: 'Coach' })).toBe(true);
    expect(port.workbook.getTable('Bemanning')!.range.right).toBe(width);
    expect(port.calls.editTableColumn).toBe(1);
    expect(port.calls.editTableRows).toBe(0);
    const coachRows = session
      .getState()
      .input!.staffing.filter((s) => s.initiative === SAMORDNAT && s.role === 'Coach');
    expect(coachRows.length).toBeGreaterThan(0);
    expect(column(port, 'Bemanning').values.filter((v) => v === 'Ja')).toHaveLength(coachRows.length);
    expect(session.getState().canUndo).toBe(true);

    await session.undo();
    expect(await heldNow(port)).toEqual({ initiatives: [], roles: [] });
    await session.redo();
    expect(await heldNow(port)).toEqual({ initiatives: [], roles: [`${SAMORDNAT}/Coach`] });

    // Releasing is its own step; its undo holds again.
    await session.hold({ initiative: SAMORDNAT, role: 'Coach' }, false);
    expect(await heldNow(port)).toEqual({ initiatives: [], roles: [] });
    await session.undo();
    expect(await heldNow(port)).toEqual({ initiatives: [], roles: [`${SAMORDNAT}/Coach`] });
  });

  it('adds the Låst column at the right end of Insatser when it has none; undo clears the mark, the column stays', async () => {
    const port = await examplePort();
    dropHeldColumn(port.workbook, 'Insatser');
    const session = await startedSession(port);
    const right = port.workbook.getTable('Insatser')!.range.right;
    await session.hold({ initiative: FRAMSTEGET, role: null }, true);
    expect(port.workbook.getTable('Insatser')!.range.right).toBe(right + 1);
    const after = column(port, 'Insatser');
    expect(after.header).toBe('Låst');
    expect(after.values.filter((v) => v !== '')).toEqual(['Ja']);
    expect(await heldNow(port)).toEqual({ initiatives: [FRAMSTEGET], roles: [] });
    // The session's own copy (no second read) says the same as the workbook.
    expect(session.getState().input!.initiatives.find((i) => i.name === FRAMSTEGET)!.held).toBe(true);

    await session.undo();
    expect(await heldNow(port)).toEqual({ initiatives: [], roles: [] });
    expect(column(port, 'Insatser')).toEqual({ header: 'Låst', values: after.values.map(() => '') });
    await session.redo();
    expect(await heldNow(port)).toEqual({ initiatives: [FRAMSTEGET], roles: [] });
  });

  it('writes nothing for a granted initiative (never touched by a proposal)', async () => {
    const port = await decidedExamplePort();
    const session = await startedSession(port);
    const granted = session.getState().input!.initiatives.find((i) => i.roundStatus === 'granted')!;
    await session.hold({ initiative: granted.name, role: null }, true);
    expect(port.calls.editTableColumn).toBe(0);
    expect(session.getState().canUndo).toBe(false);
  });

  it('a failed hold reads the workbook again, says so in both languages, and records nothing', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    const reads = port.calls.readSnapshot;
    port.editTableColumn = async (edit) => {
      // Excel applies a failed request up to the failing step: the column is there, the mark is not.
      editTableColumnIn(port.workbook, { ...edit, cells: [] });
      // As Office.js rejects: an OfficeExtension.Error carrying Excel's error code.
      throw Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' });
    };
    await session.hold({ initiative: SAMORDNAT, role: 'Coach' }, true);
    const state = session.getState();
    expect(port.calls.readSnapshot).toBe(reads + 1);
    expect(state.notice?.kind).toBe('error');
    expect(state.notice?.text.sv).toContain('GeneralException');
    expect(state.notice?.text.en).toContain('GeneralException');
    expect(state.canUndo).toBe(false);
    expect(await heldNow(port)).toEqual({ initiatives: [], roles: [] });
  });

  it('a co-author’s change to the held cell clears the history instead of undoing over it', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.hold({ initiative: SAMORDNAT, role: 'Coach' }, true);
    const table = port.workbook.getTable('Bemanning')!;
    const sheet = port.workbook.getSheet(table.sheet)!;
    for (let r = table.range.top + 1; r <= table.range.bottom; r++)
      if (sheet.getCell(r, table.range.right).value === 'Ja')
        sheet.setCell(r, table.range.right, { value: 'Nej', type: 'String' });
    await session.undo();
    expect(session.getState().canUndo).toBe(false);
    expect(session.getState().notice?.kind).toBe('warning');
    expect(column(port, 'Bemanning').values).toContain('Nej');
  });
});
