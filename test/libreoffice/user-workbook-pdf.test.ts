// The copy of a user's workbook full of things Insatsbudget does not model (an image, a comment,
// conditional formatting, validations, names, a print area, header/footer, hidden and grouped
// rows, an autofilter, rich text, a hyperlink, protection …) opens in a real spreadsheet program:
// summarize --out writes it, LibreOffice (headless, a fresh profile) converts it to PDF, and the
// summary pages are there with their text beside the user's own sheets. Without soffice or poppler
// the suite says so and is skipped; under CI (CI=true) it runs and a missing tool fails it.
//   Debian: apt-get install --no-install-recommends libreoffice-calc poppler-utils fonts-crosextra-carlito
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { cli, tempDir } from '../cli/support';
import { userWorkbook } from '../xlsx/user-workbook';
import { A4_LONG, A4_SHORT, near, pages, run, toPdf, which, type Page } from './pdf';

const soffice = which('soffice');
const poppler = which('pdftotext') && which('pdfinfo') && which('pdftoppm');
const inCi = process.env.CI === 'true';
const ready = Boolean(soffice && poppler);
if (!ready && !inCi)
  console.warn(
    'LibreOffice (soffice) or poppler-utils is not installed: the user-workbook conversion suite is SKIPPED here. ' +
      'Install them with `apt-get install --no-install-recommends libreoffice-calc poppler-utils`; under CI it runs.',
  );

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

(ready || inCi ? describe : describe.skip)('a user workbook’s summarized copy in LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let text: string;
  let sizes: Page[];

  beforeAll(async () => {
    if (!ready) throw new Error('CI=true: soffice and poppler-utils are required for this suite');
    dir = await tempDir();
    await fs.writeFile(path.join(dir, 'anna.xlsx'), await userWorkbook());
    const r = await cli(
      dir,
      'summarize',
      'anna.xlsx',
      '--scenario',
      'Kansliets förslag',
      '--out',
      'anna-beslut.xlsx',
    );
    expect(r.code).toBe(0);
    // The conversion itself must succeed: execFile rejects on a non-zero exit.
    pdf = await toPdf(soffice!, dir, path.join(dir, 'anna-beslut.xlsx'));
    sizes = await pages(pdf);
    text = oneLine((await run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);
    // For the eyes: the first summary page (A4 portrait) of the user's copy.
    const first = sizes.find((p) => near(p.width, A4_SHORT) && near(p.height, A4_LONG));
    if (first) {
      const artifacts = path.join(__dirname, '..', '..', 'artifacts');
      await fs.mkdir(artifacts, { recursive: true });
      await run('pdftoppm', [
        '-f',
        String(first.number),
        '-l',
        String(first.number),
        '-r',
        '80',
        '-png',
        '-singlefile',
        pdf,
        path.join(artifacts, 'anvandarbok-beslutsunderlag-sida-1'),
      ]);
    }
  }, 300_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('converts to a PDF with the summary on A4: Beslutsunderlag portrait, Periodisering landscape', () => {
    const portrait = sizes.filter((p) => near(p.width, A4_SHORT) && near(p.height, A4_LONG));
    const landscape = sizes.filter((p) => near(p.width, A4_LONG) && near(p.height, A4_SHORT));
    expect(portrait.length).toBeGreaterThanOrEqual(1);
    expect(landscape.length).toBeGreaterThanOrEqual(1);
  });

  it('renders the summary’s text: title, scenario, decisions and the period table', () => {
    expect(text).toContain('Beslutsunderlag – insatsbudget');
    expect(text).toContain('Scenario: Kansliets förslag');
    expect(text).toContain('Förslag till beslut');
    expect(text).toMatch(/att bevilja finansiellt stöd/);
    expect(text).toContain('Periodisering');
  });

  it('renders the user’s own sheets beside it: their cells under the header the user set', async () => {
    expect(text).toContain('Framsteget 2.0');
    // Bemanning's first page: its header (&C&"Calibri,Fet"Bemanning) first, its cells, its footer (&RSida &P).
    let page = '';
    for (const { number } of sizes) {
      page = (await run('pdftotext', ['-f', String(number), '-l', String(number), pdf, '-'])).stdout;
      if (page.includes('Processtödare')) break;
    }
    expect(page).toContain('Processtödare');
    expect(page.trimStart().startsWith('Bemanning')).toBe(true);
    expect(page).toMatch(/Sida \d+/);
  });
});
