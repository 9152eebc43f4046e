// The numbers in the reasons a proposal writes into Justeringar (Swedish, as the workbook's Orsak).
import type Decimal from 'decimal.js';
import { formatFte } from '../../format';

const NBSP = '\u00a0';

/** 864 → "86,4 %", 1000 → "100 %". */
export function permilleText(permille: number): string {
  const whole = Math.floor(permille / 10);
  const tenth = permille % 10;
  return `${whole}${tenth === 0 ? '' : `,${tenth}`}${NBSP}%`;
}

/** An FTE fraction as a percentage: 3.5 → "350 %", 0.375 → "37,5 %" (src/format's, in Swedish). */
export function fteText(fte: Decimal): string {
  return formatFte(fte, 'sv');
}
