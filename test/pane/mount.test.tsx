/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act } from 'react';
import { findByRole, findByText } from '@testing-library/react';
import { mountPane } from '../../src/pane/mount';
import { examplePort } from '../session/support';
import './support';

jest.setTimeout(30_000);

it('mounts the pane for a port, marked as a preview, and unmounts it', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  const port = await examplePort();
  let handle: { unmount(): void } | undefined;
  act(() => {
    handle = mountPane(root, port, { officeLanguage: 'sv-SE', theme: 'dark', preview: true });
  });
  expect(await findByText(root, 'Förhandsvisning utan Excel')).toBeInTheDocument();
  expect(await findByRole(root, 'tab', { name: 'Översikt' })).toBeInTheDocument();
  act(() => handle!.unmount());
  expect(root).toBeEmptyDOMElement();
});
