// A small realistic meeting input: seed 004's initiative (with the coach cut of the office's
// proposal) beside seed 002's.
import Decimal from 'decimal.js';
import type { BudgetInput } from '../../src/engine/types';
import { emptyInput } from './fixtures';

const d = (v: Decimal.Value) => new Decimal(v);
export const SAMORDNAT = 'Samordnat stöd för arbete eller studier';

export function meetingInput(): BudgetInput {
  const base = emptyInput();
  const staff = (
    id: number,
    initiative: string,
    role: string,
    fte: string,
    salary: number,
    funding: 'grant' | 'own' = 'grant',
  ) => ({
    id: `Bemanning:${id}`,
    initiative,
    role,
    fte: d(fte),
    monthlySalary: d(salary),
    payrollOverhead: null,
    start: null,
    end: null,
    funding,
    employer: 'Uppsala kommun',
  });
  return {
    ...base,
    initiatives: [
      {
        name: 'Framsteget 2.0',
        owner: 'Håbo kommun',
        partners: null,
        start: '2023-01-01',
        end: '2024-12-31',
        statedApplied: d(7_711_000),
        maxGrant: null,
      },
      {
        name: SAMORDNAT,
        owner: 'Uppsala kommun',
        partners: 'Region Uppsala',
        start: '2024-10-01',
        end: '2026-12-31',
        statedApplied: d(8_315_500),
        maxGrant: null,
      },
    ],
    staffing: [
      staff(2, 'Framsteget 2.0', 'Coach', '3.5', 33_000),
      staff(3, 'Framsteget 2.0', 'Arbetsgivarkoordinator', '1', 36_000),
      staff(4, SAMORDNAT, 'Coach', '4', 34_000),
      staff(5, SAMORDNAT, 'Coach (egen)', '4', 34_000, 'own'),
      staff(6, SAMORDNAT, 'Insatsansvarig', '0.6', 42_000),
    ],
    costs: [
      {
        id: 'Kostnader:2',
        initiative: SAMORDNAT,
        costType: 'Lokaler',
        amount: d(300_000),
        year: null,
        funding: 'grant',
      },
      {
        id: 'Kostnader:3',
        initiative: 'Framsteget 2.0',
        costType: 'Övrigt',
        amount: d(120_000),
        year: 2023,
        funding: 'grant',
      },
    ],
    frame: [
      { year: 2023, available: d(9_000_000) },
      { year: 2024, available: d(9_500_000) },
      { year: 2025, available: d(2_900_000) },
      { year: 2026, available: d(3_000_000) },
    ],
    parameters: {
      ...base.parameters,
      payrollOverhead: d('0.4215'),
      salaryIncrease: d('0.03'),
      revisionMonth: 4,
    },
    adjustments: [
      {
        id: 'Justeringar:2',
        scenario: 'Kansliets förslag',
        initiative: SAMORDNAT,
        action: 'setFte',
        role: 'Coach',
        fte: d(3),
        reason: 'Översökning: en heltidstjänst coach mindre.',
      },
    ],
  };
}
