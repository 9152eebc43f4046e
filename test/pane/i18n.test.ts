import { en, sv, resolveLanguage, type Strings } from '../../src/i18n';

// Sample arguments for the strings that take figures.
function render(value: Strings[keyof Strings]): string {
  if (typeof value === 'string') return value;
  return (value as (...args: unknown[]) => string)('X', 'Y');
}

// Identical in both languages on purpose: the product's name, the language names, a count word.
const SAME = new Set<keyof Strings>([
  'appTitle',
  'languageSwedish',
  'languageEnglish',
  'periodLabel',
  'scenarioName',
  'issuesCount',
  'statusColumn',
  'headlineAnnouncement',
  // An arrow between two amounts.
  'balanceTouched',
]);

// English words that would betray an untranslated Swedish string.
const ENGLISH_WORDS = [
  'the',
  'and',
  'with',
  'of',
  'remove',
  'create',
  'write',
  'error',
  'warning',
  'applied',
  'proposed',
  'initiative',
  'scenario?s',
  'undo',
  'cancel',
  'delete',
  'reason',
  'available',
  'missing',
  'year',
];

describe('UI strings', () => {
  const keys = Object.keys(sv) as Array<keyof Strings>;

  it('has every key in both languages, and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(typeof en[key]).toBe(typeof sv[key]);
      expect(render(sv[key]).trim()).not.toBe('');
      expect(render(en[key]).trim()).not.toBe('');
    }
  });

  it('translates every string unless it is the same on purpose', () => {
    const same = keys.filter((key) => !SAME.has(key) && render(sv[key]) === render(en[key]));
    expect(same).toEqual([]);
  });

  it('leaves no English word in Swedish', () => {
    const pattern = new RegExp(`\\b(${ENGLISH_WORDS.join('|')})\\b`, 'i');
    const offenders = keys.filter((key) => key !== 'languageEnglish' && pattern.test(render(sv[key])));
    expect(offenders).toEqual([]);
  });

  it('places the figures it is given', () => {
    expect(sv.headlineOver('1 331 500 kr', '12,5 %')).toBe(
      'Hela perioden: översökt med 1 331 500 kr (12,5 % av tillgängliga medel)',
    );
    expect(en.statusOverMax('5 000 kr')).toBe('Over its maximum by 5 000 kr');
  });

  it('chooses Swedish unless Office speaks something else or the workbook says otherwise', () => {
    expect(resolveLanguage('sv-SE', null)).toBe('sv');
    expect(resolveLanguage('sv-FI', null)).toBe('sv');
    expect(resolveLanguage(null, null)).toBe('sv');
    expect(resolveLanguage('en-US', null)).toBe('en');
    expect(resolveLanguage('de-DE', null)).toBe('en');
    expect(resolveLanguage('en-US', 'sv')).toBe('sv');
    expect(resolveLanguage('sv-SE', 'en')).toBe('en');
  });
});
