// What the Excel adapter keeps in the user's browser storage for the pane's first paint
// (src/adapters/excel/local-store.ts): the first view, one entry per partition named by the
// document's URL, and the language the user chose in the pane, which the first paint then uses.
import { createExcelPort } from '../../src/adapters/excel';
import { keepFirstView, loadFirstView, savedLanguage } from '../../src/adapters/excel/local-store';
import { installOfficeFake } from '../support/office-fake';
import { exampleWorkbook } from '../support/office-fake/fixtures';

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const VIEW = { version: 3, fingerprint: 'f', sv: {}, en: {} };

it('keeps the first view for the saved workbook it was computed for, under the partition key', () => {
  const storage = new Map<string, string>();
  uninstall = installOfficeFake(exampleWorkbook(), {
    localStorage: storage,
    partitionKey: 'p1:',
    documentUrl: 'https://example.org/a.xlsx',
  }).uninstall;
  keepFirstView(VIEW);
  expect([...storage.keys()]).toEqual(['p1:Insatsbudget.firstView']);
  expect(loadFirstView()).toEqual(VIEW);
  uninstall();
  // Another workbook, by the same user: not its figures.
  uninstall = installOfficeFake(exampleWorkbook(), {
    localStorage: storage,
    partitionKey: 'p1:',
    documentUrl: 'https://example.org/b.xlsx',
  }).uninstall;
  expect(loadFirstView()).toBeNull();
  uninstall();
  // A new, unsaved workbook: nothing to tell it apart by, so nothing kept or read.
  uninstall = installOfficeFake(exampleWorkbook(), { localStorage: storage, partitionKey: 'p1:' }).uninstall;
  keepFirstView({ ...VIEW, fingerprint: 'g' });
  expect(loadFirstView()).toBeNull();
  expect(JSON.parse(storage.get('p1:Insatsbudget.firstView')!).view).toEqual(VIEW);
});

it('gives the first paint the language the user saved in the pane, and none before a choice', async () => {
  const storage = new Map<string, string>();
  uninstall = installOfficeFake(exampleWorkbook(), { localStorage: storage, partitionKey: 'p1:' }).uninstall;
  expect(savedLanguage()).toBeNull();
  const port = createExcelPort();
  await port.saveState({ ...(await port.loadState()), language: 'en' });
  expect(savedLanguage()).toBe('en');
  storage.set('p1:Insatsbudget.language', 'de');
  expect(savedLanguage()).toBeNull();
});
