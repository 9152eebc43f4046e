// The CLI says which roles färre tjänster leaves alone, and why (rules § 12, method 2): in the JSON
// (`notCut`) and in the report, Swedish and English — never silently.
import { balanceJson, balanceReport } from '../../src/cli/balance';
import { proposeBalance } from '../../src/engine/balance';
import { stringsFor } from '../../src/i18n';
import { balanceView } from '../../src/session';
import type { SourceRef } from '../../src/issues/types';
import { cost, frameYear, initiative, input, staff } from '../engine/builders';

const at = (row: number): SourceRef => ({ table: 'Bemanning', sheet: 'Bemanning', row, cells: {} });

// A's Coach is 100 % (120 000 kr); B's Coach is on two rows of different FTEs (50 % and 25 %, rows 3
// and 4), so one Omfattning cannot set them: 300 000 kr against 240 000 kr, only A can be cut.
// B's Handledare (rows 5 and 6, the first held) cannot be cut either.
const outcome = proposeBalance(
  input({
    initiatives: [initiative('A', '2025-01-01', '2025-12-31'), initiative('B', '2025-01-01', '2025-12-31')],
    staffing: [
      staff('A', 'Coach', 1, 10000, { source: at(2) }),
      staff('B', 'Coach', '0.5', 20000, { source: at(3) }),
      staff('B', 'Coach', '0.25', 20000, { source: at(4) }),
      staff('B', 'Handledare', '0.1', 1000, { source: at(5), held: true }),
      staff('B', 'Handledare', '0.1', 1000, { source: at(6) }),
    ],
    costs: [cost('A', 0)],
    frame: [frameYear(2025, 264000)],
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
      {
        initiative: 'B',
        role: 'Handledare',
        reason: 'held-row',
        rows: [
          { row: 5, fte: 0.1 },
          { row: 6, fte: 0.1 },
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
      "Fewer posts does not cut these roles:\n  Coach (B): the role's rows have different FTEs (row 3: 50%, row 4: 25%), and an FTE change sets every row of the role.",
    );
    expect(balanceReport(outcome, { ...options, lang: 'sv' })).toContain(
      '\n  Handledare (B): en av rollens rader är låst, och en Omfattning skulle ändra den också.\n',
    );
    expect(balanceReport(outcome, { ...options, lang: 'en' })).toContain(
      "\n  Handledare (B): one of the role's rows is held, and an FTE change would set it too.\n",
    );
  });

  test("the report's sentences are the pane's: one catalogue (src/i18n) for both", () => {
    // The pane's panel names a role "Coach i B: …", the report "  Coach (B): …"; what follows is one text.
    const options = { workbook: 'x.xlsx', out: null, written: false, errors: 0 };
    for (const lang of ['sv', 'en'] as const) {
      const report = balanceReport(outcome, { ...options, lang });
      const s = stringsFor(lang);
      expect(report).toContain(`${s.balanceNotCutHeading}\n`);
      expect(report).toContain(`  Handledare (B): ${s.balanceNotCutHeldRow}\n`);
      const view = balanceView(outcome, lang, []).notCut;
      expect(view[1]).toBe(s.balanceNotCutRole('Handledare', 'B', s.balanceNotCutHeldRow));
    }
  });
});
