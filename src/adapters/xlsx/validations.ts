// Data validation lists of a worksheet part: literal lists ('"Förbundet,Egen"') are part of the
// model; lists that refer to ranges, and other kinds of validation, stay in the part as they are.
import { attributes, elements, unescapeXml } from './ooxml';

export function readValidations(sheetXml: string): Array<{ range: string; list: string[] }> {
  const out: Array<{ range: string; list: string[] }> = [];
  for (const dv of elements(sheetXml, 'dataValidation')) {
    const a = attributes(dv.start);
    if (a.type !== 'list' || !a.sqref) continue;
    const f = unescapeXml(elements(dv.inner, 'formula1')[0]?.inner ?? '').trim();
    if (!/^".*"$/s.test(f)) continue;
    const list = f
      .slice(1, -1)
      .replace(/""/g, '"')
      .split(',')
      .map((s) => s.trim());
    for (const range of a.sqref.split(/\s+/).filter(Boolean)) out.push({ range, list: [...list] });
  }
  return out;
}
