// From an engine input back to the rows of the input tables, in either language (a test helper:
// the add-in itself never writes an input from a BudgetInput).
import type Decimal from 'decimal.js';
import type { BudgetInput } from '../../src/engine/types';
import type { Language } from '../../src/issues/types';
import type { InputRows, PlainValue } from '../../src/contract/template';
import {
  ACTION_LABELS,
  FUNDING_LABELS,
  HELD_LABELS,
  PRINCIPAL_LABELS,
  ROUNDING_MODE_LABELS,
  STATUS_LABELS,
} from '../../src/contract/cells';

const dec = (d: Decimal | null): number | null => (d === null ? null : d.toNumber());

/** Rows that read back as the given input (sources aside): the template's inverse, for round trips. */
export function inputRowsFrom(input: BudgetInput, lang: Language = 'sv'): InputRows {
  const p = input.parameters;
  const key = (sv: string, en: string) => (lang === 'en' ? en : sv);
  const parameters: PlainValue[][] = [];
  if (p.payrollOverhead) parameters.push([key('PO-pålägg', 'Payroll overhead'), dec(p.payrollOverhead)]);
  for (const [employer, v] of p.payrollOverheadByEmployer)
    parameters.push([`${key('PO-pålägg', 'Payroll overhead')} ${employer}`, dec(v)]);
  if (p.salaryIncrease) parameters.push([key('Löneökning', 'Salary increase'), dec(p.salaryIncrease)]);
  for (const [year, v] of p.salaryIncreaseByYear)
    parameters.push([`${key('Löneökning', 'Salary increase')} ${year}`, dec(v)]);
  parameters.push([key('Lönerevision', 'Revision month'), p.revisionMonth]);
  parameters.push([key('Avrundning', 'Rounding'), dec(p.roundingStep)]);
  parameters.push([key('Avrundningsläge', 'Rounding mode'), ROUNDING_MODE_LABELS[p.roundingMode][lang]]);
  if (p.equity) {
    parameters.push([key('Eget kapital', 'Opening equity'), dec(p.equity.opening)]);
    if (!p.equity.floor.isZero())
      parameters.push([key('Lägsta eget kapital', 'Equity floor'), dec(p.equity.floor)]);
  }
  return {
    Insatser: input.initiatives.map((i) => [
      i.name,
      i.owner,
      i.partners,
      i.start,
      i.end,
      dec(i.statedApplied),
      dec(i.maxGrant),
      i.roundStatus ? STATUS_LABELS[i.roundStatus][lang] : null,
      i.held ? HELD_LABELS.yes[lang] : null,
    ]),
    Bemanning: input.staffing.map((s) => [
      s.initiative,
      s.role,
      dec(s.fte),
      dec(s.monthlySalary),
      dec(s.payrollOverhead),
      s.start,
      s.end,
      FUNDING_LABELS[s.funding][lang],
      s.employer,
      s.held ? HELD_LABELS.yes[lang] : null,
    ]),
    Kostnader: input.costs.map((c) => [
      c.initiative,
      c.costType,
      dec(c.amount),
      c.year,
      FUNDING_LABELS[c.funding][lang],
    ]),
    Ram: input.frame.map((f) => [
      f.year,
      dec(f.available),
      dec(f.contributions ?? null),
      dec(f.ownCosts ?? null),
    ]),
    Medlemsbidrag: (input.contributions ?? []).map((c) => [
      c.year,
      c.member,
      PRINCIPAL_LABELS[c.principal][lang],
      dec(c.amount),
    ]),
    Parametrar: parameters,
    Justeringar: input.adjustments.map((a) => {
      const value =
        a.action === 'setFte'
          ? dec(a.fte)
          : a.action === 'setEnd'
            ? a.end
            : a.action === 'cap'
              ? dec(a.amount)
              : null;
      const role = a.action === 'cap' ? null : a.role;
      return [a.scenario, a.initiative, role, ACTION_LABELS[a.action][lang], value, a.reason];
    }),
  };
}
