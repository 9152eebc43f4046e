// The size estimate against the request Microsoft's Office.js client really serialises: for the
// commands of real summary and template plans, the estimate is at least the bytes the command adds
// to the request (so a batch packed under the budget is under it on the wire too), and not far
// above (so batches are not needlessly many).
import { queueCommand } from '../../src/adapters/excel/write-actions';
import type { CreatedSheets } from '../../src/adapters/excel/write-actions';
import { estimateBytes, renderCommands, utf8Length } from '../../src/adapters/excel/write-commands';
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { templatePlans } from '../../src/contract';
import type { SheetPlan } from '../../src/workbook/sheet-plan';
import { installOfficeWire } from '../support/office-wire';
import { largeWorkbook, summaryPlansFor } from '../support/office-fake/fixtures';

type Pending = { _pendingRequest: { buildRequestMessageBodyAndRequestFlags(): { body: unknown } } };

/**
 * Per group of commands (in order, of one kind while it lasts, at most 20): [ops, estimated bytes,
 * bytes the group added to the request the client would send].
 */
async function measure(plans: SheetPlan[]): Promise<Array<[string, number, number]>> {
  const commands = plans.flatMap((p) =>
    renderCommands(
      p,
      p.name,
      p.tables.map((t) => t.name),
      { date1904: false },
    ),
  );
  const { uninstall } = installOfficeWire(new MemoryWorkbook());
  const out: Array<[string, number, number]> = [];
  try {
    await Excel.run(async (context) => {
      // The request as the client serialises it at sync (RichApiMessageUtility: JSON.stringify(Body)),
      // as it travels inside the message (its JSON text in a string: quotes escaped once more).
      const bytes = () =>
        utf8Length(
          JSON.stringify(
            JSON.stringify(
              (context as unknown as Pending)._pendingRequest.buildRequestMessageBodyAndRequestFlags().body,
            ),
          ),
        );
      const created: CreatedSheets = new Map();
      let before = bytes();
      for (let i = 0; i < commands.length;) {
        const op = commands[i]!.op;
        let j = i;
        let estimate = 0;
        while (j < commands.length && j - i < 20 && commands[j]!.op === op) {
          queueCommand(context, commands[j]!, created);
          estimate += estimateBytes(commands[j]!);
          j++;
        }
        const now = bytes();
        out.push([op, estimate, now - before]);
        before = now;
        i = j;
      }
    });
  } finally {
    uninstall();
  }
  return out;
}

test.each([
  ['the summary of 2 000 staffing rows', () => summaryPlansFor(largeWorkbook(2_000))],
  ['the template', () => templatePlans()],
])(
  'the estimate bounds what the client serialises, group by group of commands: %s',
  async (_label, plans) => {
    const measured = await measure(plans());
    expect(measured.length).toBeGreaterThan(20);
    const under = measured.filter(([, estimate, real]) => estimate < real);
    expect(under).toEqual([]);
    const estimated = measured.reduce((n, [, e]) => n + e, 0);
    const real = measured.reduce((n, [, , r]) => n + r, 0);
    expect(estimated / real).toBeLessThan(1.35);
  },
  120_000,
);
