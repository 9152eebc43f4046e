// Every error a library or the host throws is said in our words, in the user's language: the
// .xlsx reader's own text, Excel's documented error codes, and nothing of a library's message.
import Decimal from 'decimal.js';
import { readXlsxData } from '../../src/adapters/xlsx/read';
import { errorText } from '../../src/session/errors';
import { FRAMSTEGET, KANSLIET, examplePort, startedSession } from './support';

describe('errorText', () => {
  it('keeps an error’s own words in both languages (the .xlsx reader’s)', async () => {
    const error = await readXlsxData(new TextEncoder().encode('ingen arbetsbok')).catch((e: unknown) => e);
    expect(errorText(error)).toEqual({
      sv: 'Filen är ingen .xlsx-arbetsbok (inget Excel-paket).',
      en: 'The file is not an .xlsx workbook (no Excel package).',
    });
  });

  it('says Excel’s documented codes in our words, not the host’s message', () => {
    const officeError = Object.assign(new Error('Åtkomst nekad. / Access denied.'), {
      code: 'AccessDenied',
      debugInfo: {},
    });
    expect(errorText(officeError).sv).toMatch(/^Excel nekade ändringen/);
    expect(errorText(officeError).en).toMatch(/^Excel refused the change/);
    expect(errorText(Object.assign(new Error('x'), { code: 'SomethingNew' }))).toEqual({
      sv: 'ett oväntat fel i Excel (felkod SomethingNew).',
      en: 'an unexpected error in Excel (error code SomethingNew).',
    });
  });

  it('never passes on a library’s message', () => {
    const text = errorText(new TypeError("Cannot read properties of undefined (reading 'rows')"));
    expect(JSON.stringify(text)).not.toMatch(/Cannot read|undefined/);
    expect(text).toEqual({ sv: 'ett oväntat fel.', en: 'an unexpected error.' });
  });
});

describe('the session says a failed write in our words', () => {
  it('a cut the port rejects with a library’s TypeError: the notice is ours, in both languages', async () => {
    const port = await examplePort();
    const session = await startedSession(port);
    await session.chooseScenario(KANSLIET);
    port.editTableRows = () =>
      Promise.reject(new TypeError("Cannot read properties of null (reading 'values')"));
    await session.setFte(FRAMSTEGET, 'Coach', new Decimal(3));
    const notice = session.getState().notice!;
    expect(notice.kind).toBe('error');
    expect(notice.text.sv).toMatch(/^Ändringen kunde inte sparas: ett oväntat fel\./);
    expect(notice.text.en).toMatch(/^The change could not be saved: an unexpected error\./);
    expect(JSON.stringify(notice.text)).not.toMatch(/Cannot read|null/);
  });
});

describe('actionErrorText (what the pane shows for a failed action)', () => {
  it('shows a refusal as it is and anything else in our words', async () => {
    const { Refusal, actionErrorText } = await import('../../src/session');
    expect(actionErrorText(new Refusal('Det finns redan ett scenario som heter Plan B.'), 'sv')).toBe(
      'Det finns redan ett scenario som heter Plan B.',
    );
    const library = new TypeError("Cannot read properties of undefined (reading 'values')");
    expect(actionErrorText(library, 'sv')).toBe('ett oväntat fel.');
    expect(actionErrorText(library, 'en')).toBe('an unexpected error.');
  });

  it('a taken scenario name reaches the pane as a refusal in the user’s words', async () => {
    const { Refusal } = await import('../../src/session');
    const session = await startedSession(await examplePort());
    const error = await session.createScenario(KANSLIET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Error).message).toMatch(/finns redan/);
  });
});
