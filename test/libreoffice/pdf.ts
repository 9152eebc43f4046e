// What the PDF suites share: finding the tools, converting a workbook with headless LibreOffice
// (a fresh profile in the test's folder), and reading the PDF's page sizes with poppler.
import { execFile, execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

export function which(tool: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const A4_SHORT = 595.3;
export const A4_LONG = 841.9;
export const near = (a: number, b: number) => Math.abs(a - b) < 1;

export interface Page {
  number: number;
  width: number;
  height: number;
}

/** Every page's size in points, in page order. */
export async function pages(pdf: string): Promise<Page[]> {
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
  return [...stdout.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    number: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
}

/** Converts the workbook to PDF beside it (dir/<name>.pdf); rejects when soffice fails. */
export async function toPdf(soffice: string, dir: string, workbook: string): Promise<string> {
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      workbook,
    ],
    { timeout: 240_000 },
  );
  return path.join(dir, `${path.basename(workbook, '.xlsx')}.pdf`);
}
