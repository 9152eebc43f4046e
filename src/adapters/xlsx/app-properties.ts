// docProps/app.xml lists the workbook's sheet titles (TitlesOfParts, counted by a HeadingPairs
// group "Worksheets" / "Kalkylblad"), which file browsers and document properties dialogs show.
// When the package editor adds or removes the add-in's sheets, that list is brought up to date;
// everything else in the part (application, company, other groups such as named ranges) is kept.
import { escapeXml, unescapeXml } from './ooxml';

/** Labels Excel writes for the worksheet group, in the languages our users' Excel runs in. */
const WORKSHEET_LABELS = new Set(['worksheets', 'kalkylblad', 'arbetsblad', 'blad']);

/**
 * The part with the worksheet titles `after` in place of `before`; the part unchanged when it has
 * no worksheet group (or one that is not as we understand it: then it is left as the user's tool wrote it).
 */
export function withSheetTitles(xml: string, before: readonly string[], after: readonly string[]): string {
  const pairs = /(<(?:\w+:)?HeadingPairs\b[^>]*>)([\s\S]*?)(<\/(?:\w+:)?HeadingPairs>)/.exec(xml);
  const titles = /(<(?:\w+:)?TitlesOfParts\b[^>]*>)([\s\S]*?)(<\/(?:\w+:)?TitlesOfParts>)/.exec(xml);
  if (!pairs || !titles) return xml;
  const variants = [...pairs[2]!.matchAll(/<(\w+:)?variant\b[^>]*>([\s\S]*?)<\/(?:\w+:)?variant>/g)];
  const lpstrs = [
    ...titles[2]!.matchAll(
      /<((?:\w+:)?)lpstr\b[^>]*>([\s\S]*?)<\/(?:\w+:)?lpstr>|<((?:\w+:)?)lpstr\b[^>]*\/>/g,
    ),
  ];
  const names = lpstrs.map((m) => unescapeXml(m[2] ?? ''));
  // Groups: (label, count) pairs, their titles one after the other in TitlesOfParts.
  const groups: Array<{ label: string; count: number; first: number; countVariant: number }> = [];
  let first = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = /<(?:\w+:)?lpstr\b[^>]*>([\s\S]*?)</.exec(variants[i]![2]!)?.[1];
    const count = /<(?:\w+:)?i4\b[^>]*>\s*(\d+)\s*</.exec(variants[i + 1]![2]!)?.[1];
    if (label === undefined || count === undefined) return xml;
    groups.push({ label: unescapeXml(label), count: Number(count), first, countVariant: i + 1 });
    first += Number(count);
  }
  if (first !== names.length) return xml;
  const same = (g: (typeof groups)[number]) =>
    g.count === before.length && before.every((n, k) => names[g.first + k] === n);
  const group = groups.find(same) ?? groups.find((g) => WORKSHEET_LABELS.has(g.label.trim().toLowerCase()));
  if (!group) return xml;
  if (group.count === after.length && after.every((n, k) => names[group.first + k] === n)) return xml;

  const prefix = lpstrs[0]?.[1] ?? lpstrs[0]?.[3] ?? 'vt:';
  const title = (n: string) => `<${prefix}lpstr>${escapeXml(n)}</${prefix}lpstr>`;
  const kept = lpstrs.map((m) => m[0]);
  kept.splice(group.first, group.count, ...after.map(title));
  const vector = /^(\s*<(?:\w+:)?vector\b[^>]*>)[\s\S]*(<\/(?:\w+:)?vector>\s*)$/.exec(titles[2]!);
  if (!vector) return xml;
  const titlesInner = `${vector[1]!.replace(/\bsize="\d+"/, `size="${kept.length}"`)}${kept.join('')}${vector[2]}`;
  const countVariant = variants[group.countVariant]!;
  const newCount = countVariant[0].replace(/(<(?:\w+:)?i4\b[^>]*>)\s*\d+\s*(<)/, `$1${after.length}$2`);
  const pairsInner =
    pairs[2]!.slice(0, countVariant.index) +
    newCount +
    pairs[2]!.slice(countVariant.index! + countVariant[0].length);
  // Replaced by function: a sheet name may hold "$&", which a replacement string would expand.
  return xml
    .replace(titles[0], () => `${titles[1]}${titlesInner}${titles[3]}`)
    .replace(pairs[0], () => `${pairs[1]}${pairsInner}${pairs[3]}`);
}
