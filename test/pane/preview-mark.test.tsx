/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { findByRole, findByText, render } from '@testing-library/react';
import { Pane } from '../../src/pane/shell/Pane';
import { examplePort } from '../session/support';
import './support';

it('marks the pane as a preview when it runs outside Excel', async () => {
  const port = await examplePort();
  const { container, unmount } = render(<Pane port={port} officeLanguage="sv-SE" theme="dark" preview />);
  expect(await findByText(container, 'Förhandsvisning utan Excel')).toBeInTheDocument();
  expect(await findByRole(container, 'tab', { name: 'Översikt' })).toBeInTheDocument();
  unmount();
  expect(container).toBeEmptyDOMElement();
});
