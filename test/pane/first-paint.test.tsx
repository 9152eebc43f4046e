/** @jest-environment jsdom */
// The first paint from figures of last time (a FirstView): shown as being checked, never as
// current, and replaced by the session's own figures once it has read the workbook; when those
// differ the user sees (and hears) the workbook's.
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryPort } from '../../src/adapters/memory/memory-port';
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { startedSession } from '../../src/pane/shell/started-session';
import { verifiedPaint } from '../../src/pane/first-paint/verified';
import { Pane } from '../../src/pane/shell/Pane';
import { PaneLoading } from '../../src/pane/loading';
import { exampleWorkbook } from '../../src/preview/example-workbook';
import {
  FIRST_VIEW_VERSION,
  MeetingSession,
  firstViewOf,
  storedFirstView,
  type FirstView,
} from '../../src/session';
import { en, sv } from '../../src/i18n';
import { LOADING_TEXT } from '../../src/pane/loading';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import './support';

/** A port whose first read waits until `open()`: the pane meanwhile shows its first paint. */
class GatedPort extends MemoryPort {
  private release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  open(): void {
    this.release();
  }
  override async readSnapshot(): Promise<WorkbookSnapshot> {
    await this.gate;
    return super.readSnapshot();
  }
}

/** As the DOM matcher reads text: a figure's no-break spaces as spaces. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

async function exampleFirstView(): Promise<FirstView> {
  const session = new MeetingSession(new MemoryPort(exampleWorkbook()), { officeLanguage: null });
  await session.start();
  return firstViewOf(session.getState())!;
}

/** The same view with 2025's figure in the strip and the table replaced by another amount. */
function withOldFigure(view: FirstView): FirstView {
  const copy = JSON.parse(JSON.stringify(view)) as FirstView;
  copy.sv.strip[1]!.text = '1 kr över';
  copy.sv.decisionYears.years[1]!.proposedFrame.text = '1 kr över';
  return copy;
}

it('keeps the catalogue’s words for the first paint’s checking line', () => {
  expect(LOADING_TEXT.sv.firstPaintChecking).toBe(sv.firstPaintChecking);
  expect(LOADING_TEXT.en.firstPaintChecking).toBe(en.firstPaintChecking);
});

it('ignores a stored first view of another version or shape', async () => {
  const view = await exampleFirstView();
  expect(storedFirstView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  expect(storedFirstView({ ...view, version: FIRST_VIEW_VERSION + 1 })).toBeNull();
  expect(storedFirstView({ ...view, sv: { ...view.sv, strip: [{ year: '2024' }] } })).toBeNull();
  expect(storedFirstView('{"version":1}')).toBeNull();
  // Version 2 had no unread Ram years; such a view must not reach the pane as version 3.
  const { unreadYears: _, ...withoutUnread } = view.sv.decisionYears;
  expect(storedFirstView({ ...view, sv: { ...view.sv, decisionYears: withoutUnread } })).toBeNull();
  expect(storedFirstView(null)).toBeNull();
});

it('paints the figures of last time before the pane has loaded, marked as being checked', async () => {
  const view = await exampleFirstView();
  render(<PaneLoading theme="light" officeLanguage="en-US" firstView={view} />);
  const paint = screen.getByTestId('first-paint');
  expect(within(paint).getByRole('status')).toHaveTextContent(
    'Figures from last time. Checking against the workbook …',
  );
  expect(within(paint).getByTestId('first-paint-strip')).toHaveTextContent(plain(view.en.strip[0]!.text));
  expect(within(paint).getByRole('main')).toHaveAttribute('aria-busy', 'true');
  // Nothing to act with yet: nothing acts on figures not yet checked.
  expect(within(paint).getByRole('tab', { name: 'Overview' })).toBeDisabled();
});

it('shows cached figures as unverified, then the workbook’s own, and says they changed', async () => {
  const view = withOldFigure(await exampleFirstView());
  const port = new GatedPort(exampleWorkbook());
  render(<Pane port={port} officeLanguage="sv-SE" firstView={view} />);
  // Before the read: last time's figures, under the checking line, and no tabs to act with.
  const strip = await screen.findByTestId('first-paint-strip');
  expect(strip).toHaveTextContent('2025 · 1 kr över');
  expect(screen.getByTestId('first-paint-checking')).toHaveTextContent('Kontrollerar mot arbetsboken');
  expect(screen.getByTestId('first-view-check')).toHaveTextContent(sv.firstPaintChecking);
  expect(screen.getByRole('tab', { name: 'Översikt' })).toBeDisabled();
  expect(screen.queryByTestId('frame-strip')).toBeNull();

  port.open();
  // After: the session's figures replace them; the old figure is nowhere.
  const live = await screen.findByTestId('frame-strip');
  await waitFor(() => expect(screen.queryByTestId('first-paint-strip')).toBeNull());
  expect(screen.queryByTestId('first-paint-checking')).toBeNull();
  expect(live).not.toHaveTextContent('1 kr över');
  expect(screen.getByTestId('strip-2025')).toHaveTextContent('486 777 kr över');
  expect(screen.getByRole('tab', { name: 'Översikt' })).toBeInTheDocument();
  expect(screen.getByTestId('first-view-check')).toHaveTextContent(sv.firstPaintChanged);
});

it('says the figures were checked when the workbook’s are the same', async () => {
  const view = await exampleFirstView();
  const port = new GatedPort(exampleWorkbook());
  render(<Pane port={port} officeLanguage="en-US" firstView={view} />);
  expect(await screen.findByTestId('first-paint-strip')).toHaveTextContent(plain(view.en.strip[0]!.text));
  port.open();
  await screen.findByTestId('frame-strip');
  expect(screen.getByTestId('first-view-check')).toHaveTextContent(en.firstPaintChecked);
});

it('hands the session’s figures to the host’s store for the next start', async () => {
  jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
  try {
    const kept: FirstView[] = [];
    render(
      <Pane
        port={new MemoryPort(exampleWorkbook())}
        officeLanguage="sv-SE"
        keepFirstView={(v) => kept.push(v)}
      />,
    );
    await waitFor(() => expect(screen.getByTestId('frame-strip')).toBeInTheDocument());
    jest.advanceTimersByTime(1_500);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toEqual(await exampleFirstView());
  } finally {
    jest.useRealTimers();
  }
});

it('draws the figures of last time in the language the user saved, not in Office’s', async () => {
  const view = await exampleFirstView();
  // Before the pane has loaded (Excel's first download): Office is Swedish, the user chose English.
  const { unmount } = render(
    <PaneLoading theme="light" officeLanguage="sv-SE" savedLanguage="en" firstView={view} />,
  );
  expect(screen.getByTestId('first-paint')).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('status')).toHaveTextContent(en.firstPaintChecking);
  unmount();
  // And the pane itself while it reads the workbook: still English, so nothing switches language.
  const port = new GatedPort(exampleWorkbook());
  render(<Pane port={port} officeLanguage="sv-SE" savedLanguage="en" firstView={view} />);
  expect(await screen.findByTestId('first-paint-checking')).toHaveTextContent(en.firstPaintChecking);
  expect(screen.getByRole('tab', { name: en.tabOverview })).toBeDisabled();
  port.open();
  await screen.findByTestId('frame-strip');
});

describe('the session’s own figures before the pane’s code (first-paint/verified.ts)', () => {
  it('draws them in the first paint, marked as verified, and says how the check came out', async () => {
    const view = withOldFigure(await exampleFirstView());
    const port = new GatedPort(exampleWorkbook());
    const session = startedSession(port, { officeLanguage: 'sv-SE' });
    // Still reading: nothing verified to draw.
    expect(verifiedPaint(session.getState(), view)).toBeNull();
    port.open();
    await session.idle();
    const verified = verifiedPaint(session.getState(), view)!;
    expect(verified.view).toEqual(firstViewOf(session.getState())!.sv);
    render(<PaneLoading theme="light" officeLanguage="sv-SE" firstView={view} verified={verified} />);
    const paint = screen.getByTestId('first-paint');
    // The session's figure, not last time's, under Översikt's own mark, and main no longer busy.
    expect(within(paint).getByTestId('first-paint-strip')).toHaveTextContent('2025 · 486 777 kr över');
    expect(paint).not.toHaveTextContent('1 kr över');
    expect(within(paint).getByTestId('decision-years')).toContainElement(
      within(paint).getByTestId('decision-years-table'),
    );
    expect(within(paint).queryByTestId('first-paint-checking')).toBeNull();
    expect(within(paint).getByRole('main')).not.toHaveAttribute('aria-busy');
    expect(within(paint).getByTestId('first-view-check')).toHaveTextContent(sv.firstPaintChanged);
    // Still nothing to act with until the pane's code has arrived.
    expect(within(paint).getByRole('tab', { name: 'Översikt' })).toBeDisabled();
  });

  it('draws them without figures from last time (a workbook opened for the first time)', async () => {
    const session = startedSession(new MemoryPort(exampleWorkbook()), { officeLanguage: 'en-US' });
    await session.idle();
    const verified = verifiedPaint(session.getState(), null)!;
    render(<PaneLoading theme="light" officeLanguage="en-US" verified={verified} />);
    expect(screen.getByTestId('first-paint')).toHaveAttribute('lang', 'en');
    expect(screen.getByTestId('decision-years')).toHaveTextContent(
      plain(verified.view.decisionYears.heading),
    );
    expect(screen.getByTestId('first-view-check')).toHaveTextContent('');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('has nothing to draw for a workbook without the input tables', async () => {
    const session = startedSession(new MemoryPort(new MemoryWorkbook()), { officeLanguage: 'sv-SE' });
    await session.idle();
    expect(session.getState().phase).not.toBe('loading');
    expect(verifiedPaint(session.getState(), null)).toBeNull();
  });

  it('the pane taking the session over says the outcome from its first render, not "checking" again', async () => {
    const view = withOldFigure(await exampleFirstView());
    const session = startedSession(new MemoryPort(exampleWorkbook()), { officeLanguage: 'sv-SE' });
    await session.idle();
    // Every text the live region held, from before the pane's first commit: a text replaced, or
    // changed in place, leaves a record with the text it had.
    const said: string[] = [];
    const note = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.oldValue) said.push(record.oldValue);
        for (const node of record.removedNodes) said.push(node.textContent ?? '');
      }
    };
    const observer = new MutationObserver(note);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      characterDataOldValue: true,
    });
    render(
      <Pane
        port={new MemoryPort(exampleWorkbook())}
        session={session}
        officeLanguage="sv-SE"
        firstView={view}
      />,
    );
    await screen.findByTestId('frame-strip');
    note(observer.takeRecords());
    observer.disconnect();
    expect(screen.getByTestId('first-view-check')).toHaveTextContent(sv.firstPaintChanged);
    expect(said).not.toContain(sv.firstPaintChecking);
  });
});
