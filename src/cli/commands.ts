// The commands that read and write workbooks, loaded by main.ts when one of them runs.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { MemoryWorkbook } from '../adapters/memory/memory-workbook';
import { readSnapshot } from '../adapters/memory/read-snapshot';
import { writePlans } from '../adapters/memory/write-plan';
import { loadXlsx, saveXlsx, XlsxReadError } from '../adapters/xlsx';
import { examplePlans, findTables, readWorkbook, templatePlans } from '../contract';
import { adjustmentLanguage, appendAdjustments, newAdjustmentOf } from '../contract/adjustment-rows';
import { editTableRowsIn } from '../adapters/memory/memory-port';
import { proposeBalance } from '../engine/balance';
import { balanceJson, balanceReport } from './balance';
import { computeBudget, incompleteness, scenarioNames } from '../engine';
import { unreadFrameYears } from '../session/views/frame';
import { buildSummaryPlans } from '../summary';
import type { Command } from './args';
import { EXIT, UsageError, type Io } from './exit';
import { hasErrors, kronor, reportSummary, summaryJson } from './json';
import { humanReport } from './report';
import { sameName } from '../workbook/names';

/** Runs a command; a usage mistake (a file that cannot be read, an unknown scenario) exits 2 with its message. */
export async function runCommand(command: Exclude<Command, { kind: 'help' }>, io: Io): Promise<number> {
  try {
    if (command.kind === 'template') return await template(command, io);
    if (command.kind === 'balance') return await balance(command, io);
    return await summarize(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.text[command.lang]}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** A file system error in our words, by Node's error code; never Node's own English text. */
function fileError(error: unknown): { sv: string; en: string } {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { sv: 'filen eller mappen finns inte', en: 'the file or folder does not exist' };
    case 'EACCES':
    case 'EPERM':
      return { sv: 'behörighet saknas', en: 'permission denied' };
    case 'EISDIR':
      return { sv: 'det är en mapp, inte en fil', en: 'it is a folder, not a file' };
    case 'ENOTDIR':
      return { sv: 'en del av sökvägen är ingen mapp', en: 'part of the path is not a folder' };
    case 'ENOSPC':
      return { sv: 'disken är full', en: 'the disk is full' };
    case 'EROFS':
      return { sv: 'platsen är skrivskyddad', en: 'the location is read-only' };
    case 'EBUSY':
      return { sv: 'filen används av ett annat program', en: 'the file is in use by another program' };
    default:
      return typeof code === 'string'
        ? { sv: `oväntat fel (felkod ${code})`, en: `unexpected error (error code ${code})` }
        : { sv: 'oväntat fel', en: 'unexpected error' };
  }
}

/** The same file, also through a symbolic link or another spelling of the path. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const real = async (p: string) => {
    try {
      return await fs.realpath(p);
    } catch {
      // A file that does not exist yet: its folder's real path and its name.
      try {
        return path.join(await fs.realpath(path.dirname(p)), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  const [ra, rb] = await Promise.all([real(a), real(b)]);
  if (ra === rb) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

async function save(wb: MemoryWorkbook, out: string): Promise<void> {
  try {
    await saveXlsx(wb, out);
  } catch (error) {
    throw new UsageError({
      sv: `Kunde inte skriva ${out}: ${fileError(error).sv}.`,
      en: `Could not write ${out}: ${fileError(error).en}.`,
    });
  }
}

async function template(command: Extract<Command, { kind: 'template' }>, io: Io): Promise<number> {
  const out = path.resolve(io.cwd, command.out);
  const wb = new MemoryWorkbook();
  writePlans(wb, command.example ? examplePlans() : templatePlans(command.lang));
  await save(wb, out);
  io.stderr(command.lang === 'sv' ? `Skrev ${command.out}.\n` : `Wrote ${command.out}.\n`);
  return EXIT.ok;
}

type Reading = Extract<Command, { kind: 'summarize' | 'balance' }>;

/** Reads the workbook of a command (never the --out file itself) and checks its --scenario. */
async function load(
  command: Reading,
  io: Io,
): Promise<{ wb: MemoryWorkbook; read: ReturnType<typeof readWorkbook>; out: string | null }> {
  const input = path.resolve(io.cwd, command.workbook);
  const out = command.out === null ? null : path.resolve(io.cwd, command.out);
  if (out !== null && (await sameFile(input, out)))
    throw new UsageError({
      sv: `--out får inte vara indatafilen själv (${command.workbook}). Välj ett annat filnamn.`,
      en: `--out must not be the input file itself (${command.workbook}). Choose another file name.`,
    });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(input);
  } catch (error) {
    throw new UsageError({
      sv: `Kan inte läsa ${command.workbook}: ${fileError(error).sv}.`,
      en: `Cannot read ${command.workbook}: ${fileError(error).en}.`,
    });
  }
  let wb: MemoryWorkbook;
  try {
    // Only the sheets that hold input tables are parsed; every other part is copied as it is.
    wb = await loadXlsx(bytes, { sheets: 'tables' });
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    throw new UsageError(
      error.kind === 'not-a-workbook'
        ? {
            sv: `${command.workbook} är ingen .xlsx-arbetsbok som går att läsa (inget Excel-paket).`,
            en: `${command.workbook} is not a readable .xlsx workbook (no Excel package).`,
          }
        : { sv: `${command.workbook}: ${error.text.sv}`, en: `${command.workbook}: ${error.text.en}` },
    );
  }

  const read = readWorkbook(readSnapshot(wb));
  if (command.scenario !== null) {
    // A scenario exists when a row names it, even if every row of it has errors (they are reported at their cells).
    const names = [...read.scenarioNames];
    for (const n of scenarioNames(read.input)) if (!names.some((m) => sameName(m, n))) names.push(n);
    if (!names.some((n) => sameName(n, command.scenario!)))
      throw new UsageError({
        sv: `Scenariot "${command.scenario}" finns inte i Justeringar. ${names.length ? `Scenarier: ${names.join(', ')}.` : 'Tabellen har inga scenarier.'}`,
        en: `There is no scenario "${command.scenario}" in Justeringar. ${names.length ? `Scenarios: ${names.join(', ')}.` : 'The table has no scenarios.'}`,
      });
  }
  return { wb, read, out };
}

async function summarize(command: Extract<Command, { kind: 'summarize' }>, io: Io): Promise<number> {
  const { lang } = command;
  const { wb, out, report, errors, equity, unreadFrame, plans } = await summaryOf(command, io);

  let writtenSheets: string[] = [];
  if (plans !== null && out !== null) {
    writtenSheets = writePlans(wb, plans).map((s) => s.name);
    await save(wb, out);
  }

  if (command.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    if (errors && command.out !== null)
      io.stderr(
        lang === 'sv'
          ? `${command.out} skrevs inte: indata har fel.\n`
          : `${command.out} was not written: the input has errors.\n`,
      );
  } else {
    io.stdout(
      humanReport(report, {
        lang,
        workbook: command.workbook,
        out: command.out,
        writtenSheets,
        equity,
        unreadFrame,
      }),
    );
  }
  return errors ? EXIT.inputErrors : EXIT.ok;
}

/**
 * Reads and computes, and returns only what the report and the copy need: the input rows and the
 * engine's result stay in here, so that they can be collected before the copy is written (on a
 * 20 000-row workbook they were 80 MB of the peak during the save).
 */
async function summaryOf(command: Extract<Command, { kind: 'summarize' }>, io: Io) {
  const { wb, read, out } = await load(command, io);
  const result = computeBudget(read.input, command.scenario);
  const issues = [...read.issues, ...result.issues];
  // Only what the chosen output shows: the text report reads no initiative's years or quarters.
  const report = command.json
    ? summaryJson(result, issues, command.lang, read.input)
    : reportSummary(result, issues, command.lang, read.input);
  const errors = hasErrors(issues);
  const equity = result.equity
    ? { opening: kronor(result.equity.opening), floor: kronor(result.equity.floor) }
    : null;
  // Översikt's lines for Ram years that cannot be read, for the frame in the text report.
  const unreadFrame = command.json
    ? []
    : unreadFrameYears(incompleteness(result, read.input, issues), command.lang);
  const plans =
    out !== null && !errors
      ? buildSummaryPlans(result, {
          lang: command.lang,
          writtenAt: io.now(),
          fingerprint: read.fingerprint,
          input: read.input,
          issues,
        })
      : null;
  return { wb, out, report, errors, equity, unreadFrame, plans };
}

async function balance(command: Extract<Command, { kind: 'balance' }>, io: Io): Promise<number> {
  const { lang } = command;
  const { wb, read, out } = await load(command, io);
  const frameYears = read.input.frame.map((f) => f.year);
  const unknown = (command.years ?? []).filter((y) => !frameYears.includes(y));
  if (unknown.length > 0)
    throw new UsageError({
      sv: `--years: ${unknown.join(', ')} finns inte i Ram. Ramens år: ${frameYears.join(', ') || 'inga'}.`,
      en: `--years: ${unknown.join(', ')} is not in Ram. The frame's years: ${frameYears.join(', ') || 'none'}.`,
    });
  const outcome = proposeBalance(read.input, { baseScenario: command.scenario, years: command.years });
  const base = computeBudget(read.input, command.scenario);
  const errors = [...read.issues, ...base.issues].filter((i) => i.severity === 'error').length;
  let written = false;
  const found = findTables(readSnapshot(wb)).tables;
  if (out !== null && errors === 0) {
    if (!found.Justeringar)
      throw new UsageError({
        sv: 'Arbetsboken har ingen tabell Justeringar att skriva förslagen i. Lägg till den (insatsbudget template visar hur).',
        en: 'The workbook has no Justeringar table to write the proposals into. Add one (insatsbudget template shows how).',
      });
    const rows = outcome.proposals.flatMap((p) => p.rows.map((a) => newAdjustmentOf(a, p.scenario)));
    if (rows.length > 0) editTableRowsIn(wb, appendAdjustments(found, rows));
    await save(wb, out);
    written = true;
  }
  if (command.json) {
    io.stdout(`${JSON.stringify(balanceJson(outcome, adjustmentLanguage(found)), null, 2)}\n`);
    if (out !== null && !written)
      io.stderr(
        lang === 'sv'
          ? `${command.out} skrevs inte: indata har fel.\n`
          : `${command.out} was not written: the input has errors.\n`,
      );
  } else {
    io.stdout(
      balanceReport(outcome, { lang, workbook: command.workbook, out: command.out, written, errors }),
    );
  }
  return errors > 0 ? EXIT.inputErrors : EXIT.ok;
}
