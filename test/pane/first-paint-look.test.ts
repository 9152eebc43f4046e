// The first paint draws with plain CSS over a copy of Fluent's design tokens (it comes before
// Fluent has loaded): the copy must be Fluent's own values in every theme, or the first paint and
// the pane it turns into would differ in colour or type.
import { FLUENT_THEMES } from '../../src/pane/shell/Pane';
import {
  FIRST_PAINT_TOKENS,
  FIRST_PAINT_TOKEN_NAMES,
  tokenVariables,
} from '../../src/pane/first-paint/tokens';

it.each(['light', 'dark', 'highContrast'] as const)(
  'uses Fluent’s own token values in the %s theme',
  (theme) => {
    const fluent = FLUENT_THEMES[theme] as unknown as Record<string, string>;
    for (const name of FIRST_PAINT_TOKEN_NAMES)
      expect([name, FIRST_PAINT_TOKENS[theme][name]]).toEqual([name, fluent[name]]);
  },
);

it('sets them as the CSS variables FluentProvider sets', () => {
  expect(tokenVariables('dark')['--colorNeutralBackground1']).toBe(
    FLUENT_THEMES.dark.colorNeutralBackground1,
  );
});
