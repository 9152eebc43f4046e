import { HELP, parseArgs } from '../../src/cli/args';

const ok = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(`expected a command, got: ${parsed.error.en}`);
  return parsed.command;
};
const error = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`expected a usage error for ${argv.join(' ')}`);
  return parsed;
};

describe('parseArgs', () => {
  test('summarize with every option, in either order and with = forms', () => {
    expect(
      ok([
        'summarize',
        'in.xlsx',
        '--scenario',
        'Kansliets förslag',
        '--out',
        'ut.xlsx',
        '--json',
        '--lang',
        'en',
      ]),
    ).toEqual({
      kind: 'summarize',
      workbook: 'in.xlsx',
      scenario: 'Kansliets förslag',
      out: 'ut.xlsx',
      json: true,
      lang: 'en',
    });
    expect(ok(['--json', 'summarize', '--scenario=Kansliets förslag', 'in.xlsx', '--out=ut.xlsx'])).toEqual({
      kind: 'summarize',
      workbook: 'in.xlsx',
      scenario: 'Kansliets förslag',
      out: 'ut.xlsx',
      json: true,
      lang: 'sv',
    });
  });

  test('summarize defaults: no scenario, no out, report in Swedish', () => {
    expect(ok(['summarize', 'in.xlsx'])).toEqual({
      kind: 'summarize',
      workbook: 'in.xlsx',
      scenario: null,
      out: null,
      json: false,
      lang: 'sv',
    });
  });

  test('template with and without --example', () => {
    expect(ok(['template', 'mall.xlsx'])).toEqual({
      kind: 'template',
      example: false,
      out: 'mall.xlsx',
      lang: 'sv',
    });
    expect(ok(['template', '--example', 'ex.xlsx'])).toEqual({
      kind: 'template',
      example: true,
      out: 'ex.xlsx',
      lang: 'sv',
    });
    expect(ok(['template', '--lang', 'en', 'mall.xlsx'])).toEqual({
      kind: 'template',
      example: false,
      out: 'mall.xlsx',
      lang: 'en',
    });
  });

  test('help in Swedish by default, in English with --lang en', () => {
    expect(ok([])).toEqual({ kind: 'help', lang: 'sv' });
    expect(ok(['--help'])).toEqual({ kind: 'help', lang: 'sv' });
    expect(ok(['-h', '--lang', 'en'])).toEqual({ kind: 'help', lang: 'en' });
    expect(ok(['summarize', '--help'])).toEqual({ kind: 'help', lang: 'sv' });
    expect(HELP.sv).toContain(
      'insatsbudget summarize <arbetsbok.xlsx> [--scenario NAMN] [--out UT.xlsx] [--json] [--lang sv|en]',
    );
    expect(HELP.en).toContain(
      'insatsbudget summarize <workbook.xlsx> [--scenario NAME] [--out OUT.xlsx] [--json] [--lang sv|en]',
    );
    for (const text of Object.values(HELP)) expect(text).toMatch(/0.*1.*2/s);
  });

  test.each([
    [['summarize'], 'summarize behöver en arbetsbok'],
    [['summarize', 'a.xlsx', 'b.xlsx'], 'summarize tar en arbetsbok, inte 2'],
    [['summarize', 'a.xlsx', '--scenario'], '--scenario behöver ett värde'],
    [['summarize', 'a.xlsx', '--out', '--json'], '--out behöver ett värde'],
    [['summarize', 'a.xlsx', '--out', 'x.xlsx', '--out', 'y.xlsx'], '--out är angiven två gånger'],
    [['summarize', 'a.xlsx', '--verbose'], 'Okänd flagga: --verbose'],
    [['summarize', 'a.xlsx', '-v'], 'Okänd flagga: -v'],
    [['summarize', 'a.xlsx', '--json=yes'], '--json tar inget värde'],
    [['summarize', 'a.xlsx', '--example'], '--example hör till template'],
    [['summarize', 'a.xlsx', '--lang', 'de'], '--lang ska vara sv eller en, inte de'],
    [['template'], 'template behöver en utfil'],
    [['template', 'a.xlsx', 'b.xlsx'], 'template behöver en utfil'],
    [['template', '--json', 'a.xlsx'], 'template tar bara --example och --lang'],
    [['tally', 'a.xlsx'], 'Okänt kommando: tally'],
  ])('%j is a usage error: %s', (argv, message) => {
    const parsed = error(argv);
    expect(parsed.error.sv).toContain(message);
    expect(parsed.error.en.length).toBeGreaterThan(0);
    expect(parsed.error.en).not.toEqual(parsed.error.sv);
  });

  test('a usage error speaks the language asked for', () => {
    const parsed = error(['summarize', '--lang', 'en']);
    expect(parsed.lang).toBe('en');
    expect(parsed.error.en).toContain('summarize needs a workbook');
  });

  test('after --, every argument is a file name, even one starting with a dash', () => {
    expect(ok(['summarize', '--', '--konstigt namn.xlsx'])).toMatchObject({
      workbook: '--konstigt namn.xlsx',
    });
  });
});
