// The pane's fields read through the workbook contract's parsers and limits (issue 9 "one parser",
// issue 10 "the pane's inputs"): what the pane accepts is exactly what the next read of Justeringar
// accepts, and what it refuses is said in the contract's words.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { readWorkbook } from '../../src/contract';
import {
  amountFieldText,
  fteFieldText,
  readCapField,
  readEndDateField,
  readFteField,
  stepFte,
} from '../../src/session';
import { FRAMSTEGET, KANSLIET, examplePort, startedSession } from './support';

const value = <T>(r: { kind: string; value?: T }) => (r.kind === 'value' ? r.value : r.kind);

describe('the FTE field', () => {
  it.each([
    ['300,5 %', '3.005'],
    ['300%', '3'],
    ['300,5', '3.005'],
    ['300.5', '3.005'],
    ['  250 ', '2.5'],
    ['2 000', '20'],
    ['0', '0'],
  ])('reads %p as the contract does: %p', (text, fraction) => {
    expect(String(value(readFteField(text)))).toBe(fraction);
  });

  it('refuses what the contract refuses, in its words and both languages', () => {
    const tooHigh = readFteField('5000');
    expect(tooHigh).toEqual({
      kind: 'rejected',
      message: {
        sv: expect.stringContaining('Omfattningen 5\u00a0000\u00a0% är mer än 2\u00a0000\u00a0%'),
        en: expect.stringContaining('The FTE 5,000% is more than 2,000%'),
      },
    });
    expect(readFteField('2000,5').kind).toBe('rejected');
    expect(readFteField('-5').kind).toBe('rejected');
    expect(readFteField('tre')).toMatchObject({
      kind: 'rejected',
      message: { sv: expect.stringMatching(/"tre".*ingen procentsats/) },
    });
  });

  it('an empty field is no change, with what to type', () => {
    for (const text of ['', '   ', '\u00a0'])
      expect(readFteField(text)).toEqual({
        kind: 'empty',
        message: {
          sv: expect.stringMatching(/^Ange en omfattning/),
          en: expect.stringMatching(/^Enter an FTE/),
        },
      });
  });

  it('a ±5 step is held to the same limit, and never goes below 0', () => {
    expect(value(stepFte(new Decimal('19.95'), 5))).toEqual(new Decimal(20));
    expect(stepFte(new Decimal(20), 5).kind).toBe('rejected');
    expect(value(stepFte(new Decimal('0.03'), -5))).toEqual(new Decimal(0));
  });

  it('shows a value back as it reads again: decimal comma in Swedish, point in English, exact', () => {
    expect(fteFieldText(new Decimal('3.005'), 'sv')).toBe('300,5');
    expect(fteFieldText(new Decimal('3.005'), 'en')).toBe('300.5');
    expect(fteFieldText(new Decimal(15), 'en')).toBe('1500');
    // Every FTE the field can show reads back to the same Decimal, in both languages.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom('sv' as const, 'en' as const),
        (n, lang) => {
          const fte = new Decimal(n).div(10_000);
          const back = readFteField(fteFieldText(fte, lang));
          return back.kind === 'value' && back.value.equals(fte);
        },
      ),
    );
  });
});

describe('the cap and end-date fields', () => {
  it('reads amounts as a Tak cell: spaces, kr, decimals; refuses text and ambiguous thousands', () => {
    expect(String(value(readCapField('6 984 000')))).toBe('6984000');
    expect(String(value(readCapField('6984000 kr')))).toBe('6984000');
    expect(String(value(readCapField('6\u00a0984\u00a0000,50')))).toBe('6984000.5');
    expect(readCapField('mycket')).toMatchObject({
      kind: 'rejected',
      message: { sv: expect.stringMatching(/"mycket" i kolumnen Tak är inget belopp/) },
    });
    expect(readCapField('6,984,000').kind).toBe('rejected');
    expect(readCapField('-5').kind).toBe('rejected');
    expect(readCapField('').kind).toBe('empty');
    expect(amountFieldText(new Decimal(6984000), 'en')).toBe('6984000');
  });

  it("reads an end date as the contract does and holds it to the initiative's period (the engine's words)", () => {
    const period = { start: '2024-10-01', end: '2027-09-30' };
    expect(value(readEndDateField('2025-06-30', period))).toBe('2025-06-30');
    expect(readEndDateField('30/6/2025', period)).toMatchObject({
      kind: 'rejected',
      message: { sv: expect.stringMatching(/olika datum beroende på land/) },
    });
    expect(readEndDateField('2028-01-01', period)).toMatchObject({
      kind: 'rejected',
      message: { sv: expect.stringMatching(/utanför insatsens period/) },
    });
    expect(readEndDateField('', period).kind).toBe('empty');
  });
});

describe('the session writes no FTE the contract would refuse', () => {
  it('5 000 % is refused before any row is written; 2 000 % is written and read back', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    const rows = async () => (await port.readSnapshot()).tables.find((t) => t.name === 'Justeringar')!.values;
    const before = await rows();
    await expect(session.setFte(FRAMSTEGET, 'Coach', new Decimal(50))).rejects.toThrow(
      /mer än 2\u00a0000\u00a0%/,
    );
    expect(await rows()).toEqual(before);

    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(20));
    const read = readWorkbook(await port.readSnapshot());
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.input.adjustments.at(-1)).toMatchObject({ action: 'setFte', fte: new Decimal(20) });
  });
});
