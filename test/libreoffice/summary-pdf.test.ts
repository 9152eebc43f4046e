// The printed Beslutsunderlag, checked as a PDF made by a real program: the CLI writes the
// example's summary (--out), LibreOffice converts the workbook to PDF, and poppler reads it back.
// Beslutsunderlag prints on A4 portrait, Periodisering on A4 landscape, and every input sheet on
// Letter (no page setup), so the page size tells the sheets apart. Without soffice or poppler the
// suite says so and is skipped; under CI (CI=true) it runs and a missing tool fails it.
//   Debian: apt-get install --no-install-recommends libreoffice-calc poppler-utils fonts-crosextra-carlito
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { loadXlsx } from '../../src/adapters/xlsx';
import { readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import { decisionText } from '../../src/summary';
import { cli, EXAMPLE, tempDir } from '../cli/support';
import { A4_LONG, A4_SHORT, near, pages, run, toPdf, which, type Page } from './pdf';

const soffice = which('soffice');
const poppler = which('pdftotext') && which('pdfinfo') && which('pdftohtml') && which('pdftoppm');
const inCi = process.env.CI === 'true';
const ready = Boolean(soffice && poppler);
if (!ready && !inCi)
  console.warn(
    'LibreOffice (soffice) or poppler-utils is not installed: the printed-summary suite is SKIPPED here. ' +
      'Install them with `apt-get install --no-install-recommends libreoffice-calc poppler-utils`; under CI it runs.',
  );

async function textOf(pdf: string, from: number, to: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(from), '-l', String(to), pdf, '-']);
  return stdout;
}

/** Font sizes in points used on the pages: pdftohtml's sizes at zoom 3 are thirds of a point. */
async function fontSizes(pdf: string, from: number, to: number): Promise<number[]> {
  const { stdout } = await run('pdftohtml', [
    '-xml',
    '-stdout',
    '-i',
    '-q',
    '-zoom',
    '3',
    '-f',
    String(from),
    '-l',
    String(to),
    pdf,
  ]);
  // Only fonts some text is set in (a fontspec may be declared and unused).
  const used = new Set([...stdout.matchAll(/<text [^>]*font="(\d+)"/g)].map((m) => m[1]));
  return [...stdout.matchAll(/<fontspec id="(\d+)" size="(\d+)"/g)]
    .filter((m) => used.has(m[1]))
    .map((m) => Number(m[2]) / 3);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

(ready || inCi ? describe : describe.skip)('the printed Beslutsunderlag (LibreOffice → PDF)', () => {
  let dir: string;
  let pdf: string;
  let all: Page[];
  let summary: Page[];
  let periodisation: Page[];

  beforeAll(async () => {
    if (!ready) throw new Error('CI=true: soffice and poppler-utils are required for this suite');
    dir = await tempDir();
    const out = path.join(dir, 'beslut.xlsx');
    const r = await cli(dir, 'summarize', EXAMPLE, '--scenario', 'Kansliets förslag', '--out', out);
    expect(r.code).toBe(0);
    pdf = await toPdf(soffice!, dir, out);
    all = await pages(pdf);
    summary = all.filter((p) => near(p.width, A4_SHORT) && near(p.height, A4_LONG));
    periodisation = all.filter((p) => near(p.width, A4_LONG) && near(p.height, A4_SHORT));
    // For the record (and the eyes): page 1 of the Beslutsunderlag.
    if (summary.length > 0) {
      const artifacts = path.join(__dirname, '..', '..', 'artifacts');
      await fs.mkdir(artifacts, { recursive: true });
      await run('pdftoppm', [
        '-f',
        String(summary[0]!.number),
        '-l',
        String(summary[0]!.number),
        '-r',
        '100',
        '-png',
        '-singlefile',
        pdf,
        path.join(artifacts, 'beslutsunderlag-sida-1'),
      ]);
      await fs.copyFile(pdf, path.join(artifacts, 'beslutsunderlag-exempel.pdf'));
    }
  }, 300_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('prints Beslutsunderlag on A4 portrait, at most 4 pages for the example, one after the other', () => {
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(4);
    const numbers = summary.map((p) => p.number);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
  });

  it('has every decision sentence of the example unbroken in the text layer', async () => {
    const wb = await loadXlsx(await fs.readFile(EXAMPLE));
    const read = readWorkbook(readSnapshot(wb));
    const result = computeBudget(read.input, 'Kansliets förslag');
    const text = oneLine(await textOf(pdf, summary[0]!.number, summary[summary.length - 1]!.number));
    // The round's applications get decision texts; the granted initiatives have theirs already.
    const sentences = result.initiatives
      .filter((i) => i.roundStatus === 'application')
      .flatMap((i) => {
        const d = decisionText(i, 'sv');
        return [d.proposal, ...d.conditions];
      });
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const sentence of sentences) expect(text).toContain(oneLine(sentence));
  });

  it('sets no text of the Beslutsunderlag smaller than 8 pt', async () => {
    const sizes = await fontSizes(pdf, summary[0]!.number, summary[summary.length - 1]!.number);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
  });

  it('prints Periodisering on A4 landscape in blocks of years, no text smaller than 7 pt', async () => {
    expect(periodisation.length).toBeGreaterThanOrEqual(1);
    const first = periodisation[0]!.number;
    const last = periodisation[periodisation.length - 1]!.number;
    expect(Math.min(...(await fontSizes(pdf, first, last)))).toBeGreaterThanOrEqual(7);
    const text = await textOf(pdf, first, last);
    // Every year an initiative runs in has its quarters; the years between (2021, 2022) none.
    for (const y of [2018, 2019, 2020, 2023, 2024, 2025, 2026]) expect(text).toContain(`Summa ${y}`);
    expect(text).not.toContain('2021 kv.');
  });
});
