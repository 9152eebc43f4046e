// The CLI says which roles färre tjänster leaves alone, and why (rules § 12, method 2): in the JSON
// (`notCut`) and in the report, Swedish and English — never silently.
import { balanceJson, balanceReport } from '../../src/cli/balance';
import { proposeBalance } from '../../src/engine/balance';
import type { SourceRef } from '../../src/issues/types';
import { cost, frameYear, initiative, input, staff } from '../engine/builders';

const at = (row: number): SourceRef => ({ table: 'Bemanning', sheet: 'Bemanning', row, cells: {} });

// A's Coach is 100 % (120 000 kr); B's Coach is on two rows of different FTEs (50 % and 25 %, rows 3
// and 4), so one Omfattning cannot set them: 300 000 kr against 240 000 kr, only A can be cut.
const outcome = proposeBalance(
  input({
    initiatives: [initiative('A', '2025-01-01', '2025-12-31'), initiative('B', '2025-01-01', '2025-12-31')],
    staffing: [
      staff('A', 'Coach', 1, 10000, { source: at(2) }),
      staff('B', 'Coach', '0.5', 20000, { source: at(3) }),
      staff('B', 'Coach', '0.25', 20000, { source: at(4) }),
    ],
    costs: [cost('A', 0)],
    frame: [frameYear(2025, 240000)],
  }),
  { baseScenario: null },
);

describe('balance: roles färre tjänster does not cut', () => {
  test('JSON: notCut names the role, the reason and its rows with their FTEs', () => {
    expect(balanceJson(outcome).notCut).toEqual([
      {
        initiative: 'B',
        role: 'Coach',
        reason: 'different-fte',
        rows: [
          { row: 3, fte: 0.5 },
          { row: 4, fte: 0.25 },
        ],
      },
    ]);
  });

  test('the report says it in Swedish and in English', () => {
    const options = { workbook: 'x.xlsx', out: null, written: false, errors: 0 };
    expect(balanceReport(outcome, { ...options, lang: 'sv' })).toContain(
      'Färre tjänster sänker inte dessa roller:\n  Coach (B): rollens rader har olika omfattning (rad 3: 50\u00a0%, rad 4: 25\u00a0%), och en Omfattning ändrar alla rollens rader.',
    );
    expect(balanceReport(outcome, { ...options, lang: 'en' })).toContain(
      "Fewer posts does not cut these roles:\n  Coach (B): the role's rows have different FTEs (row 3: 50\u00a0%, row 4: 25\u00a0%), and an FTE change sets every row of the role.",
    );
  });
});
