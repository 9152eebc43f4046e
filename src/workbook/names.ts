// The one rule by which two names a user typed are the same name: initiatives, roles, scenarios,
// employers, table names and headers. Case and spacing never make two names different, and neither
// does Unicode composition (an "ö" typed as o + combining diaeresis, as macOS and some .xlsx
// writers store it, is the same letter as the precomposed "ö").

/** The comparison key of a name: white space collapsed and trimmed, NFC, lower case (Swedish). */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.replace(/\s+/g, ' ').trim().normalize('NFC').toLocaleLowerCase('sv');
    // A workbook has a few thousand distinct names, each compared many times; the locale-aware
    // lower case is what costs (a third of reading a 20 000-row workbook before this cache).
    if (keys.size >= 100_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const keys = new Map<string, string>();

/** True when two names are one name by nameKey. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * The comparison key of an Excel object name (sheet, table, defined name). Excel compares these
 * case-insensitively but keeps spaces significant ("Blad 1" and "Blad  1" are two sheets), so
 * they are not names in the sense of nameKey.
 */
export function excelNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('sv');
}
