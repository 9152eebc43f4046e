// What a failed read or write says to the user: our own words in both languages, never a
// library's or the host's text. Office.js rejects with an OfficeExtension.Error whose `code` is one
// of Excel's documented error codes (learn.microsoft.com, "Error handling with the application-
// specific JavaScript APIs"); its `message` is in Office's language, not necessarily the pane's.
import type { LocalizedText } from '../issues/types';

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

/** A request the session refuses, already in the user's words (e.g. a scenario name that is taken). */
export class Refusal extends Error {}

/** What the pane shows for an action that failed: a refusal as it is, anything else in our words. */
export function actionErrorText(error: unknown, lang: keyof LocalizedText): string {
  return error instanceof Refusal ? error.message : errorText(error)[lang];
}

const OFFICE_CODES: Readonly<Record<string, LocalizedText>> = {
  AccessDenied: t(
    'Excel nekade ändringen (är bladet eller arbetsboken skyddad, eller öppnad skrivskyddad?).',
    'Excel refused the change (is the sheet or workbook protected, or opened read-only?).',
  ),
  EditModeCannotAcquireLock: t(
    'Excel är upptaget med en cell som redigeras. Tryck Enter eller Esc i cellen och försök igen.',
    'Excel is busy with a cell being edited. Press Enter or Esc in the cell and try again.',
  ),
  InvalidOperationInCellEditMode: t(
    'Excel är upptaget med en cell som redigeras. Tryck Enter eller Esc i cellen och försök igen.',
    'Excel is busy with a cell being edited. Press Enter or Esc in the cell and try again.',
  ),
  ItemNotFound: t(
    'en tabell eller ett blad som behövs finns inte längre (borttaget eller omdöpt?).',
    'a table or sheet that is needed no longer exists (deleted or renamed?).',
  ),
  ItemAlreadyExists: t(
    'det finns redan ett blad eller en tabell med det namnet.',
    'a sheet or table with that name exists already.',
  ),
  InsertDeleteConflict: t(
    'ändringen krockar med sammanfogade celler, en tabell eller ett filter i närheten.',
    'the change conflicts with merged cells, a table or a filter nearby.',
  ),
  RequestPayloadSizeLimitExceeded: t(
    'ändringen är för stor för att skickas till Excel på en gång.',
    'the change is too large to send to Excel at once.',
  ),
  ResponsePayloadSizeLimitExceeded: t(
    'arbetsboken är för stor för att läsas på en gång.',
    'the workbook is too large to read at once.',
  ),
  ActivityLimitReached: t(
    'Excel är upptaget just nu. Försök igen om en stund.',
    'Excel is busy right now. Try again in a moment.',
  ),
  ServiceNotAvailable: t(
    'Excel svarar inte just nu. Försök igen om en stund.',
    'Excel is not answering right now. Try again in a moment.',
  ),
  RequestAborted: t('Excel avbröt begäran. Försök igen.', 'Excel aborted the request. Try again.'),
  Conflict: t(
    'någon annan ändrade samma celler samtidigt. Försök igen.',
    'someone else changed the same cells at the same time. Try again.',
  ),
};

/**
 * The user's words for an error: its own when it carries them (the .xlsx reader's XlsxReadError, a
 * refusal of ours), ours for Excel's documented codes, and a plain sentence with the code otherwise.
 */
export function errorText(error: unknown): LocalizedText {
  const e = error as { text?: Partial<LocalizedText>; code?: unknown } | null;
  if (typeof e?.text?.sv === 'string' && typeof e.text.en === 'string')
    return { sv: e.text.sv, en: e.text.en };
  const code = typeof e?.code === 'string' ? e.code : null;
  if (code && OFFICE_CODES[code]) return OFFICE_CODES[code];
  return code
    ? t(`ett oväntat fel i Excel (felkod ${code}).`, `an unexpected error in Excel (error code ${code}).`)
    : t('ett oväntat fel.', 'an unexpected error.');
}
