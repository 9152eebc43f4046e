// Office's theme → the pane's: dark when Office's body background is dark. Fluent's themes for each
// are in shell/Pane.tsx: this module is in the first download, which carries no Fluent.
import type { PaneTheme } from './shell/Pane';

interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

export function themeOf(theme: OfficeThemeLike | undefined | null, forcedColors = false): PaneTheme {
  // Windows' high-contrast mode (forced colours) wins over Office's own theme.
  if (forcedColors) return 'highContrast';
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? '');
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255) as [number, number, number];
  // Relative luminance (sRGB, approximate): below the middle grey is a dark theme.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
