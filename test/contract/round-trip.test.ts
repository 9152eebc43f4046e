// Random valid inputs → template plans filled with them → workbook → snapshot → readWorkbook →
// the same engine inputs.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import type {
  Adjustment,
  BudgetInput,
  CostRow,
  FrameYear,
  Initiative,
  Parameters,
  StaffingRow,
} from '../../src/engine/types';
import { inputPlans } from '../../src/contract/template';
import { inputRowsFrom } from './input-rows';
import { read, workbookOf } from './support';

const DAY0 = Date.UTC(1990, 0, 1);
const DAYS = Math.floor((Date.UTC(2100, 11, 31) - DAY0) / 86_400_000);
const isoOf = (day: number) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);

const word = fc.constantFrom(
  'Coach',
  'Insats',
  'Håbo',
  'kommun',
  'Region',
  'Uppsala',
  'Ä',
  'öga',
  '2.0',
  'A/B',
  'e-post',
  '=SUM(1)',
  '+46',
  '100 %',
  "O'Neil",
);
/** Text as the reader gives it back: words joined by single spaces. */
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const optText = fc.option(text, { nil: null });
const date = fc.integer({ min: 0, max: DAYS }).map(isoOf);
const period = fc
  .tuple(fc.integer({ min: 0, max: DAYS }), fc.integer({ min: 0, max: 2000 }))
  .map(([s, len]) => [isoOf(s), isoOf(Math.min(DAYS, s + len))] as const);
/** Kronor with öre. */
const amount = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => new Decimal(c).div(100));
const fraction = (minBp: number, maxBp: number) =>
  fc.integer({ min: minBp, max: maxBp }).map((bp) => new Decimal(bp).div(10_000));
const funding = fc.constantFrom<'grant' | 'own'>('grant', 'own');
const year = fc.integer({ min: 1900, max: 2100 });

const initiative: fc.Arbitrary<Initiative> = fc
  .record({
    name: text,
    owner: optText,
    partners: optText,
    period,
    statedApplied: fc.option(amount(400_000_000), { nil: null }),
    maxGrant: fc.option(amount(400_000_000), { nil: null }),
  })
  .map(({ period: [start, end], ...rest }) => ({ ...rest, start, end }));

const staffingRow: fc.Arbitrary<StaffingRow> = fc.record({
  id: fc.constant(''),
  initiative: text,
  role: text,
  fte: fc.oneof(fraction(500, 200_000), fc.constant(new Decimal(0))),
  monthlySalary: amount(150_000).filter((a) => a.gte(10_000)),
  payrollOverhead: fc.option(fraction(1000, 10_000), { nil: null }),
  start: fc.option(date, { nil: null }),
  end: fc.option(date, { nil: null }),
  funding,
  employer: optText,
});

const costRow: fc.Arbitrary<CostRow> = fc.record({
  id: fc.constant(''),
  initiative: text,
  costType: text,
  amount: amount(100_000_000),
  year: fc.option(year, { nil: null }),
  funding,
});

const frameYear: fc.Arbitrary<FrameYear> = fc.record({ year, available: amount(2_000_000_000) });

const parameters: fc.Arbitrary<Parameters> = fc.record({
  payrollOverhead: fc.option(fraction(1000, 10_000), { nil: null }),
  payrollOverheadByEmployer: fc
    .uniqueArray(fc.tuple(text, fraction(1000, 10_000)), {
      selector: ([k]) => k.toLocaleLowerCase('sv'),
      maxLength: 4,
    })
    .map((e) => new Map(e)),
  salaryIncrease: fc.option(fraction(0, 1000), { nil: null }),
  salaryIncreaseByYear: fc
    .uniqueArray(fc.tuple(year, fraction(0, 1000)), { selector: ([y]) => y, maxLength: 4 })
    .map((e) => new Map(e)),
  revisionMonth: fc.integer({ min: 1, max: 12 }),
  roundingStep: fc.integer({ min: 1, max: 100_000 }).map((n) => new Decimal(n)),
  roundingMode: fc.constantFrom<'up' | 'nearest'>('up', 'nearest'),
});

const base = { id: fc.constant(''), scenario: text, initiative: text, reason: optText };
const adjustment: fc.Arbitrary<Adjustment> = fc.oneof(
  fc.record({
    ...base,
    action: fc.constant('setFte' as const),
    role: text,
    fte: fc.oneof(fraction(500, 200_000), fc.constant(new Decimal(0))),
  }),
  fc.record({ ...base, action: fc.constant('remove' as const), role: optText }),
  fc.record({ ...base, action: fc.constant('setEnd' as const), role: optText, end: date }),
  fc.record({ ...base, action: fc.constant('cap' as const), amount: amount(400_000_000) }),
);

const budgetInput: fc.Arbitrary<BudgetInput> = fc.record({
  initiatives: fc.array(initiative, { maxLength: 5 }),
  staffing: fc.array(staffingRow, { maxLength: 6 }),
  costs: fc.array(costRow, { maxLength: 4 }),
  frame: fc.array(frameYear, { maxLength: 4 }),
  parameters,
  adjustments: fc.array(adjustment, { maxLength: 5 }),
});

/** Plain JSON without ids and sources, Maps as entry lists, Decimals as strings. */
const canonical = (input: BudgetInput): unknown =>
  JSON.parse(
    JSON.stringify(input, (k, v: unknown) =>
      k === 'source' || k === 'id' || k === 'rejectedInitiatives' ? undefined : v instanceof Map ? [...v] : v,
    ),
  );

describe('round trip through the template', () => {
  test.each(['sv', 'en'] as const)('random valid inputs read back unchanged (%s)', (lang) => {
    fc.assert(
      fc.property(budgetInput, (input) => {
        const result = read(workbookOf(inputPlans(inputRowsFrom(input, lang), lang)));
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(canonical(result.input)).toEqual(canonical(input));
        expect(result.input.rejectedInitiatives).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test('any change of an input value changes the fingerprint', () => {
    fc.assert(
      fc.property(budgetInput, fc.integer({ min: 1, max: 1_000_000 }), (input, bump) => {
        fc.pre(input.staffing.length > 0);
        const before = read(workbookOf(inputPlans(inputRowsFrom(input)))).fingerprint;
        const changed: BudgetInput = {
          ...input,
          staffing: [
            { ...input.staffing[0]!, monthlySalary: input.staffing[0]!.monthlySalary.plus(bump) },
            ...input.staffing.slice(1),
          ],
        };
        expect(read(workbookOf(inputPlans(inputRowsFrom(changed)))).fingerprint).not.toBe(before);
      }),
      { numRuns: 30 },
    );
  });
});
