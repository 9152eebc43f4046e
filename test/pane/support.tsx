// Renders the pane on a MemoryPort, as Excel's adapter would drive it.
import { TextDecoder, TextEncoder } from 'node:util';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane } from '../../src/pane/shell/Pane';
import type { MemoryPort } from '../../src/adapters/memory/memory-port';

// jsdom lacks ResizeObserver, which Fluent's TabList and Toolbar use to measure overflow.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown; TextEncoder?: unknown; TextDecoder?: unknown };
g.ResizeObserver ??= NoResizeObserver;
// jsdom lacks TextEncoder too, which the contract's fingerprint uses (every browser has it).
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;

// The machine running the tests may be busy: wait for the pane longer than the default second.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

export async function renderPane(port: MemoryPort, officeLanguage: string | null = 'sv-SE') {
  const utils = render(
    <Pane port={port} officeLanguage={officeLanguage} now={() => new Date('2026-11-23T10:00:00Z')} />,
  );
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  return utils;
}

/** Opens a tab of the pane and waits for its view, which loads on demand (a spinner meanwhile). */
export async function openTab(name: string | RegExp): Promise<void> {
  await userEvent.click(screen.getByRole('tab', { name }));
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}
