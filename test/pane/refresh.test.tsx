/** @jest-environment jsdom */
// Drop-down choices fire no change event on Excel on the web: the pane re-reads the workbook when it
// is focused or shown again, at most once per two seconds.
import '@testing-library/jest-dom';
import { act } from 'react';
import { waitFor } from '@testing-library/react';
import { examplePort } from '../session/support';
import { renderPane } from './support';

test('focusing the pane again re-reads the workbook, once per burst', async () => {
  const port = await examplePort();
  await renderPane(port);
  const before = port.calls.readSnapshot;
  act(() => {
    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
  });
  await waitFor(() => expect(port.calls.readSnapshot).toBe(before + 1));
});
