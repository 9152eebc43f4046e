// Header/footer text in SpreadsheetML's syntax: '&L…&C…&R…' (ECMA-376 Part 1, 18.3.1.39 oddFooter).
import type { PrintSetup } from '../../workbook/sheet-plan';

/** '&LLeft&CCenter&RRight' → its three parts; null when empty. Codes such as &P stay as written. */
export function parseFooter(text: string): { left?: string; center?: string; right?: string } | null {
  if (!text) return null;
  const parts: { left?: string; center?: string; right?: string } = {};
  let section: 'left' | 'center' | 'right' = 'center';
  let current = '';
  const flush = () => {
    if (current) parts[section] = (parts[section] ?? '') + current;
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      flush();
      section = next === 'L' ? 'left' : next === 'C' ? 'center' : 'right';
      i++;
    } else if (c === '&' && next !== undefined) {
      current += c + next;
      i++;
    } else current += c;
  }
  flush();
  return Object.keys(parts).length ? parts : null;
}

/** '&L…&C…&R…', SpreadsheetML's header/footer text (ECMA-376 Part 1, 18.3.1.39 oddFooter). */
export function footerText(footer: NonNullable<PrintSetup['footer']>): string {
  return `${footer.left ? `&L${footer.left}` : ''}${footer.center ? `&C${footer.center}` : ''}${footer.right ? `&R${footer.right}` : ''}`;
}
