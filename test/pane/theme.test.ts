import { themeOf } from '../../src/pane/theme';

describe('themeOf', () => {
  it("follows Office's theme: dark backgrounds are dark, forced colours are high contrast", () => {
    expect(themeOf(undefined)).toBe('light');
    expect(themeOf({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeOf({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeOf({ bodyBackgroundColor: '#262626', isDarkTheme: false })).toBe('light');
    expect(themeOf({ isDarkTheme: true })).toBe('dark');
    expect(themeOf({ bodyBackgroundColor: '#FFFFFF' }, true)).toBe('highContrast');
  });
});
