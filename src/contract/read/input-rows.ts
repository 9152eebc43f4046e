// The four row tables of the application and the frame: Insatser, Bemanning, Kostnader, Ram. Each
// reader turns a table's rows into engine rows; a row with an error is left out (and reported).
import type { Contribution, CostRow, FrameYear, Initiative, StaffingRow } from '../../engine/types';
import type { Issue } from '../../issues/types';
import {
  parseDate,
  parseFte,
  parseFunding,
  parseHeld,
  parseMonthlySalary,
  parsePayrollOverhead,
  parsePrincipal,
  parseRoundStatus,
  parseYear,
} from '../cells';
import type { FoundTable } from './find-tables';
import { amountFor, readRows, text } from './row-reader';

export interface Read<T> {
  rows: T[];
  /** The table's canonical content, for the fingerprint. */
  content: string;
}

export function readInitiatives(
  found: FoundTable | null,
  issues: Issue[],
): Read<Initiative> & { rejected: string[] } {
  const rows: Initiative[] = [];
  const rejected: string[] = [];
  const content = readRows('Insatser', found, issues, (r) => {
    const name = r.read('Insats', text, true);
    const owner = r.read('Insatsägare', text, false);
    const partners = r.read('Samverkansparter', text, false);
    const start = r.read('Start', parseDate, true);
    const end = r.read('Slut', parseDate, true);
    const statedApplied = r.read('Ansökt belopp', amountFor('Insatser/Ansökt belopp'), false);
    const maxGrant = r.read('Maxbelopp', amountFor('Insatser/Maxbelopp'), false);
    const roundStatus = r.read('Status', parseRoundStatus, false);
    const held = r.read('Låst', parseHeld, false);
    if (r.hasError) {
      if (name) rejected.push(name);
      return;
    }
    rows.push({
      name: name!,
      owner: owner ?? null,
      partners: partners ?? null,
      start: start!,
      end: end!,
      statedApplied: statedApplied ?? null,
      maxGrant: maxGrant ?? null,
      ...(roundStatus ? { roundStatus } : {}),
      ...(held ? { held } : {}),
      source: r.source(),
    });
  });
  return { rows, rejected, content };
}

export function readStaffing(found: FoundTable | null, issues: Issue[]): Read<StaffingRow> {
  const rows: StaffingRow[] = [];
  const content = readRows('Bemanning', found, issues, (r) => {
    const initiative = r.read('Insats', text, true);
    const role = r.read('Roll', text, true);
    const fte = r.read('Omfattning', parseFte, true);
    const monthlySalary = r.read('Månadslön', parseMonthlySalary, true);
    const payrollOverhead = r.read('PO-pålägg', parsePayrollOverhead, false);
    const start = r.read('Start', parseDate, false);
    const end = r.read('Slut', parseDate, false);
    const funding = r.read('Finansiering', parseFunding, false);
    const employer = r.read('Arbetsgivare', text, false);
    const held = r.read('Låst', parseHeld, false);
    if (r.hasError) return;
    rows.push({
      id: `Bemanning:${r.row}`,
      initiative: initiative!,
      role: role!,
      fte: fte!,
      monthlySalary: monthlySalary!,
      payrollOverhead: payrollOverhead ?? null,
      start: start ?? null,
      end: end ?? null,
      funding: funding ?? 'grant',
      employer: employer ?? null,
      ...(held ? { held } : {}),
      source: r.source(),
    });
  });
  return { rows, content };
}

export function readCosts(found: FoundTable | null, issues: Issue[]): Read<CostRow> {
  const rows: CostRow[] = [];
  const content = readRows('Kostnader', found, issues, (r) => {
    const initiative = r.read('Insats', text, true);
    const costType = r.read('Kostnadsslag', text, true);
    const amount = r.read('Belopp', amountFor('Kostnader/Belopp'), true);
    const year = r.read('År', parseYear, false);
    const funding = r.read('Finansiering', parseFunding, false);
    if (r.hasError) return;
    rows.push({
      id: `Kostnader:${r.row}`,
      initiative: initiative!,
      costType: costType!,
      amount: amount!,
      year: year ?? null,
      funding: funding ?? 'grant',
      source: r.source(),
    });
  });
  return { rows, content };
}

export function readFrame(found: FoundTable | null, issues: Issue[]): Read<FrameYear> {
  const rows: FrameYear[] = [];
  const content = readRows('Ram', found, issues, (r) => {
    const year = r.read('År', parseYear, true);
    // Blank Tillgängligt: the engine derives it from Medlemsbidrag − Egna kostnader, or says it is missing.
    const available = r.read('Tillgängligt', amountFor('Ram/Tillgängligt'), false);
    const contributions = r.read('Medlemsbidrag', amountFor('Ram/Medlemsbidrag'), false);
    const ownCosts = r.read('Egna kostnader', amountFor('Ram/Egna kostnader'), false);
    if (r.hasError) return;
    rows.push({
      year: year!,
      available: available ?? null,
      ...(contributions ? { contributions } : {}),
      ...(ownCosts ? { ownCosts } : {}),
      source: r.source(),
    });
  });
  return { rows, content };
}

export function readContributions(found: FoundTable | null, issues: Issue[]): Read<Contribution> {
  const rows: Contribution[] = [];
  const content = readRows('Medlemsbidrag', found, issues, (r) => {
    const year = r.read('År', parseYear, true);
    const member = r.read('Medlem', text, true);
    const principal = r.read('Huvudman', parsePrincipal, true);
    const amount = r.read('Belopp', amountFor('Medlemsbidrag/Belopp'), true);
    if (r.hasError) return;
    rows.push({
      id: `Medlemsbidrag:${r.row}`,
      year: year!,
      member: member!,
      principal: principal!,
      amount: amount!,
      source: r.source(),
    });
  });
  return { rows, content };
}
