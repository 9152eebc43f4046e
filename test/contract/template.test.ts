import { templatePlans, examplePlans } from '../../src/contract/template';
import { TABLE_NAMES } from '../../src/contract/tables';
import { read, workbookOf } from './support';

describe('the template', () => {
  test.each(['sv', 'en'] as const)(
    'seven tables at A1, named as the canonical tables, that read without issues (%s)',
    (lang) => {
      const plans = templatePlans(lang);
      const tables = plans.flatMap((p) => p.tables);
      // The contributions sit beside the frame they fill.
      expect(tables.map((t) => t.name)).toEqual([
        'Insatser',
        'Bemanning',
        'Kostnader',
        'Ram',
        'Medlemsbidrag',
        'Parametrar',
        'Justeringar',
      ]);
      expect([...tables.map((t) => t.name)].sort()).toEqual([...TABLE_NAMES].sort());
      for (const t of tables) expect(t.range.startsWith('A1:')).toBe(true);
      expect(plans.every((p) => p.kind === 'inputs')).toBe(true);
      const result = read(workbookOf(plans));
      expect(result.issues).toEqual([]);
      expect(result.input.initiatives).toEqual([]);
      expect(result.input.parameters.roundingMode).toBe('up');
    },
  );

  test('drop-down lists for status, held, funding, principal, action and rounding mode, over the table only (none below it)', () => {
    const plans = templatePlans('sv');
    const lists = plans.flatMap((p) =>
      (p.validations ?? []).map((v) => `${p.name}!${v.range}:${v.list.join('|')}`),
    );
    expect(lists).toEqual([
      'Insatser!H2:Ansökan|Beviljad|Avslag',
      'Insatser!I2:Ja|Nej',
      'Bemanning!H2:Förbundet|Egen',
      'Bemanning!J2:Ja|Nej',
      'Kostnader!E2:Förbundet|Egen',
      'Medlemsbidrag!C2:Staten|Region|Kommun',
      'Parametrar!B4:uppåt|närmast',
      'Justeringar!D2:Omfattning|Ta bort|Slutdatum|Tak',
    ]);
  });

  test('the example formats its columns', () => {
    const wb = workbookOf(examplePlans());
    const bemanning = wb.getSheet('Bemanning')!;
    expect(bemanning.getCell(1, 2).numberFormat).toBe('0 %');
    expect(bemanning.getCell(1, 3).numberFormat).toBe('#,##0 "kr"');
    expect(bemanning.getCell(1, 5).numberFormat).toBe('yyyy-mm-dd');
    expect(bemanning.getCell(1, 0).numberFormat).toBe('@');
    expect(wb.getSheet('Parametrar')!.getCell(1, 1).numberFormat).toBe('0.00 %');
  });
});
