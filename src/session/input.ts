// The pane's fields, read and written back here so that the pane parses nothing itself: a typed
// value goes through the workbook contract's cell parsers and limits (src/contract/user-input.ts),
// and a value in effect is shown as the user would type it (src/format).
import Decimal from 'decimal.js';
import type { IsoDate } from '../engine/types';
import { messages as engineMessages } from '../engine/messages';
import type { Language, LocalizedText } from '../issues/types';
import { checkFte, readTypedCap, readTypedDate, readTypedFte, type TypedValue } from '../contract/user-input';
import { inBoth, type Strings } from '../i18n';
import { formatInputNumber } from '../format';

/** What a field's text means: a value to apply (perhaps with a warning), or nothing, and why. */
export type FieldReading<T> =
  | { kind: 'value'; value: T; warning: LocalizedText | null }
  | { kind: 'empty' | 'rejected'; message: LocalizedText };

function reading<T>(typed: TypedValue<T>, empty: (s: Strings) => string): FieldReading<T> {
  switch (typed.kind) {
    case 'empty':
      return { kind: 'empty', message: inBoth(empty) };
    case 'rejected':
      return typed;
    case 'value':
      return { kind: 'value', value: typed.value, warning: typed.warnings[0] ?? null };
  }
}

/** The FTE field: "300,5", "300,5 %", "300%" → 3.005; above 2 000 % or negative is refused. */
export function readFteField(text: string): FieldReading<Decimal> {
  return reading(readTypedFte(text), (s) => s.emptyFte);
}

/** A ±points step from the FTE in effect (never below 0), held to the same limits as a typed FTE. */
export function stepFte(current: Decimal, points: number): FieldReading<Decimal> {
  const next = Decimal.max(0, current.plus(new Decimal(points).div(100)));
  return reading(checkFte(next), (s) => s.emptyFte);
}

/** Why an FTE cannot be written (the next read of Justeringar would refuse it), or null. */
export function refusedFte(fte: Decimal): LocalizedText | null {
  const checked = checkFte(fte);
  return checked.kind === 'rejected' ? checked.message : null;
}

/** The cap field: "6 984 000", "6984000 kr". */
export function readCapField(text: string): FieldReading<Decimal> {
  return reading(readTypedCap(text), (s) => s.emptyCap);
}

/** The end-date field: an ISO date within the initiative's period (the engine's own rule and words). */
export function readEndDateField(
  text: string,
  period: { start: IsoDate; end: IsoDate },
): FieldReading<IsoDate> {
  const read = reading(readTypedDate(text), (s) => s.emptyEndDate);
  if (read.kind === 'value' && (read.value < period.start || read.value > period.end))
    return {
      kind: 'rejected',
      message: engineMessages.adjustmentDateOutside(read.value, period.start, period.end),
    };
  return read;
}

/** An FTE as its field shows it: 3.005 → sv "300,5", en "300.5" (points, no % sign: the field has one). */
export function fteFieldText(fte: Decimal, lang: Language): string {
  return formatInputNumber(fte.times(100), lang);
}

/** An amount as its field shows it: 6984000 → "6984000" (no grouping: "6,984,000" would be ambiguous). */
export function amountFieldText(amount: Decimal, lang: Language): string {
  return formatInputNumber(amount, lang);
}
