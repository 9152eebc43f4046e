/** @jest-environment jsdom */
// The first paint in Excel (src/pane/loading.tsx): its words are the catalogue's, in the language
// the pane will start in, and a failed load says what to do instead of leaving a spinner.
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { LOADING_TEXT, PaneLoading, loadingLanguage } from '../../src/pane/loading';
import { en, resolveLanguage, sv } from '../../src/i18n';

it('says what the pane says while it reads, in the language the pane starts in', () => {
  expect(LOADING_TEXT.sv.loading).toBe(sv.loading);
  expect(LOADING_TEXT.en.loading).toBe(en.loading);
  for (const office of [null, 'sv-SE', 'sv-FI', 'en-US', 'de-DE', 'SV-se'])
    for (const saved of [null, 'sv', 'en'] as const)
      expect(loadingLanguage(office, saved)).toBe(resolveLanguage(office, saved));
  render(<PaneLoading theme="dark" officeLanguage="en-US" />);
  expect(screen.getByText('Reading the workbook …')).toBeInTheDocument();
});

it('says so when the pane could not be loaded', () => {
  render(<PaneLoading theme="light" officeLanguage="sv-SE" failed />);
  expect(screen.getByRole('alert')).toHaveTextContent('Tillägget kunde inte laddas.');
});
