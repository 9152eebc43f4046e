// The preview's theme, from the URL or the system. Its own module: the page's first paint
// (first-paint.tsx) needs it before Fluent has loaded.
export type PreviewTheme = 'light' | 'dark' | 'highContrast';

/** The theme asked for in the URL (?theme=), else the system's preference. */
export function themeFrom(params: URLSearchParams): PreviewTheme {
  const asked = params.get('theme');
  if (asked === 'light' || asked === 'dark' || asked === 'highContrast') return asked;
  if (typeof matchMedia === 'function') {
    if (matchMedia('(forced-colors: active)').matches) return 'highContrast';
    if (matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  }
  return 'light';
}
