// The few Fluent design tokens the first paint uses, per theme, as plain values: the first paint is
// drawn before Fluent has loaded, so it sets these as the same CSS variables FluentProvider sets
// (--colorNeutralForeground1, …) and its stylesheet reads them the way Fluent's styles do. Inside
// the pane (Shell, while the session reads) FluentProvider's own variables apply instead.
// test/pane/first-paint-look.test.ts keeps every value equal to Fluent's theme.
import type { PaneTheme } from '../shell/Pane';

export const FIRST_PAINT_TOKEN_NAMES = [
  'fontFamilyBase',
  'colorNeutralBackground1',
  'colorNeutralBackground2',
  'colorNeutralForeground1',
  'colorNeutralForeground2',
  'colorNeutralForegroundDisabled',
  'colorNeutralStroke2',
  'colorPaletteRedForeground1',
  'colorPaletteGreenForeground1',
  'colorPaletteRedBackground1',
  'colorPaletteRedBorder1',
  'colorPaletteYellowBackground1',
  'colorPaletteYellowForeground2',
  'colorPaletteYellowBorder1',
  'colorBrandStroke1',
  'colorBrandStroke2Contrast',
  // The preview's banner (a warning MessageBar with two disabled buttons), drawn by its first paint.
  'colorStatusWarningBackground1',
  'colorStatusWarningBorder1',
  'colorStatusWarningForeground3',
  'colorNeutralBackgroundDisabled',
  'colorNeutralStrokeDisabled',
] as const;

export type FirstPaintToken = (typeof FIRST_PAINT_TOKEN_NAMES)[number];

const SEGOE =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

/** webLightTheme, webDarkTheme and teamsHighContrastTheme, as src/pane/shell/Pane.tsx uses them. */
export const FIRST_PAINT_TOKENS: Record<PaneTheme, Record<FirstPaintToken, string>> = {
  light: {
    fontFamilyBase: SEGOE,
    colorNeutralBackground1: '#ffffff',
    colorNeutralBackground2: '#fafafa',
    colorNeutralForeground1: '#242424',
    colorNeutralForeground2: '#424242',
    colorNeutralForegroundDisabled: '#bdbdbd',
    colorNeutralStroke2: '#e0e0e0',
    colorPaletteRedForeground1: '#bc2f32',
    colorPaletteGreenForeground1: '#0e700e',
    colorPaletteRedBackground1: '#fdf6f6',
    colorPaletteRedBorder1: '#f1bbbc',
    colorPaletteYellowBackground1: '#fffef5',
    colorPaletteYellowForeground2: '#817400',
    colorPaletteYellowBorder1: '#fef7b2',
    colorBrandStroke1: '#0f6cbd',
    colorBrandStroke2Contrast: '#b4d6fa',
    colorStatusWarningBackground1: '#fff9f5',
    colorStatusWarningBorder1: '#fdcfb4',
    colorStatusWarningForeground3: '#bc4b09',
    colorNeutralBackgroundDisabled: '#f0f0f0',
    colorNeutralStrokeDisabled: '#e0e0e0',
  },
  dark: {
    fontFamilyBase: SEGOE,
    colorNeutralBackground1: '#292929',
    colorNeutralBackground2: '#1f1f1f',
    colorNeutralForeground1: '#ffffff',
    colorNeutralForeground2: '#d6d6d6',
    colorNeutralForegroundDisabled: '#5c5c5c',
    colorNeutralStroke2: '#525252',
    colorPaletteRedForeground1: '#e37d80',
    colorPaletteGreenForeground1: '#54b054',
    colorPaletteRedBackground1: '#3f1011',
    colorPaletteRedBorder1: '#d13438',
    colorPaletteYellowBackground1: '#4c4400',
    colorPaletteYellowForeground2: '#fef7b2',
    colorPaletteYellowBorder1: '#fde300',
    colorBrandStroke1: '#479ef5',
    colorBrandStroke2Contrast: '#0e4775',
    colorStatusWarningBackground1: '#4a1e04',
    colorStatusWarningBorder1: '#f7630c',
    colorStatusWarningForeground3: '#f98845',
    colorNeutralBackgroundDisabled: '#141414',
    colorNeutralStrokeDisabled: '#424242',
  },
  highContrast: {
    fontFamilyBase:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", system-ui, "Apple Color Emoji", "Segoe UI Emoji", sans-serif',
    colorNeutralBackground1: '#000000',
    colorNeutralBackground2: '#000000',
    colorNeutralForeground1: '#ffffff',
    colorNeutralForeground2: '#ffffff',
    colorNeutralForegroundDisabled: '#3ff23f',
    colorNeutralStroke2: '#ffffff',
    colorPaletteRedForeground1: '#ffffff',
    colorPaletteGreenForeground1: '#ffffff',
    colorPaletteRedBackground1: '#000000',
    colorPaletteRedBorder1: '#ffffff',
    colorPaletteYellowBackground1: '#000000',
    colorPaletteYellowForeground2: '#ffffff',
    colorPaletteYellowBorder1: '#ffffff',
    colorBrandStroke1: '#ffffff',
    colorBrandStroke2Contrast: '#000000',
    colorStatusWarningBackground1: '#000000',
    colorStatusWarningBorder1: '#ffffff',
    colorStatusWarningForeground3: '#ffffff',
    colorNeutralBackgroundDisabled: '#000000',
    colorNeutralStrokeDisabled: '#3ff23f',
  },
};

/** The tokens as the CSS variables FluentProvider would set, for a style attribute. */
export function tokenVariables(theme: PaneTheme): Record<string, string> {
  const values = FIRST_PAINT_TOKENS[theme];
  return Object.fromEntries(FIRST_PAINT_TOKEN_NAMES.map((name) => [`--${name}`, values[name]]));
}
