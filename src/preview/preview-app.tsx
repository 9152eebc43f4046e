// The preview's frame: a banner saying what this is, the workbook as read-only grids on the left
// and the real pane on the right, over an in-memory workbook. Opening an .xlsx replaces the
// workbook and remounts the pane; downloading writes the current workbook as .xlsx. ExcelJS is
// loaded only for those two actions.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  FluentProvider,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { PREVIEW_THEMES, PreviewBanner, usePreviewStyles, type PreviewTheme } from './preview-frame';
import type { MemoryWorkbook } from '../adapters/memory/memory-workbook';
import type { FirstView } from '../pane/first-paint/FirstPaint';
import { Pane } from '../pane/shell/Pane';
import type { DisplayLanguage } from './format-cell';
import { previewSession, type PreviewSession } from './preview-session';
import { parseQualified, SheetGrid } from './sheet-grid';
import { PREVIEW_STRINGS } from './strings';
import { excelNameKey } from '../workbook/names';

/**
 * An error's message when it is ours in both languages (the .xlsx reader's XlsxReadError carries
 * one); null for anything else, whose text is a library's and never shown.
 */
function ourWords(error: unknown, lang: DisplayLanguage): string | null {
  const text = (error as { text?: unknown } | null)?.text as
    Partial<Record<DisplayLanguage, unknown>> | undefined;
  return typeof text?.[lang] === 'string' ? text[lang] : null;
}

export type { PreviewTheme } from './preview-frame';
export type { PreviewSession } from './preview-session';

export interface WorkbookFiles {
  /** Reads an .xlsx into a new in-memory workbook. */
  open(bytes: Uint8Array): Promise<MemoryWorkbook>;
  /** Writes the workbook as .xlsx. */
  save(workbook: MemoryWorkbook): Promise<Uint8Array>;
}

export interface PreviewAppProps {
  /** The workbook the preview starts with (the example), its session already started. */
  initial: PreviewSession;
  /** The initial workbook's figures as the page's first paint showed them (being checked). */
  initialFirstView?: FirstView | null;
  files: WorkbookFiles;
  officeLanguage: string | null;
  theme: PreviewTheme;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The pane's language when it has not chosen one: Swedish unless Office (or the URL) says otherwise. */
function defaultLanguage(officeLanguage: string | null): DisplayLanguage {
  return officeLanguage && !/^sv\b/i.test(officeLanguage) ? 'en' : 'sv';
}

/**
 * The pane, for the current session, in the preview's own React tree: rendered in the same commit
 * as the frame, so that the first paint's figures are replaced by the pane's (the same figures,
 * still being checked) with no moment between them without a headline. Memoised: the grids'
 * redraws after each cut do not render the pane again.
 */
const PaneHost = memo(function PaneHost({
  session,
  officeLanguage,
  theme,
  firstView,
}: {
  session: PreviewSession;
  officeLanguage: string | null;
  theme: PreviewTheme;
  firstView: FirstView | null;
}) {
  return (
    <div data-testid="pane-root">
      <Pane
        port={session.port}
        session={session.meeting}
        officeLanguage={officeLanguage}
        theme={theme}
        preview
        firstView={firstView}
      />
    </div>
  );
});

export function PreviewApp({
  initial,
  initialFirstView = null,
  files,
  officeLanguage,
  theme,
}: PreviewAppProps) {
  const styles = usePreviewStyles();
  const [session, setSession] = useState<PreviewSession>(initial);
  // Only the initial workbook's figures were shown first; an opened file starts with a spinner.
  const [firstSession] = useState(session.id);
  const [language, setLanguage] = useState<DisplayLanguage>(defaultLanguage(officeLanguage));
  const [version, setVersion] = useState(0);
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const [selection, setSelection] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'writing' | null>(null);
  // Kept as a sentence per language, so that switching the language also switches it.
  const [error, setError] = useState<((lang: DisplayLanguage) => string) | null>(null);
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const t = PREVIEW_STRINGS[language];

  // Follow the pane: every write or selection redraws the grids; a written summary is shown.
  useEffect(() => {
    const { port } = session;
    void port.loadState().then((state) => {
      if (state.language) setLanguage(state.language);
    });
    port.events = {
      onSheetsWritten: (written) => {
        const summary = written.find((w) => w.kind === 'summary') ?? written[0];
        if (summary) setActiveSheet(summary.name);
      },
      onStateSaved: (state) => setLanguage(state.language ?? defaultLanguage(officeLanguage)),
    };
    let lastSelection = port.selection;
    const unsubscribe = port.onWorkbookChanged(() => {
      setVersion((v) => v + 1);
      if (port.selection !== lastSelection) {
        lastSelection = port.selection;
        setSelection(port.selection);
        const target = port.selection ? parseQualified(port.selection) : null;
        if (target) setActiveSheet(session.workbook.getSheet(target.sheet)?.name ?? target.sheet);
      }
    });
    return () => {
      unsubscribe();
      port.events = {};
    };
  }, [session, officeLanguage]);

  const visibleSheets = session.workbook.sheets.filter((s) => s.visibility === 'Visible');
  const sheet = visibleSheets.find((s) => s.name === activeSheet) ?? visibleSheets[0] ?? null;
  const selected = useMemo(() => {
    const target = selection ? parseQualified(selection) : null;
    if (!target || !sheet || excelNameKey(target.sheet) !== excelNameKey(sheet.name)) return null;
    return { row: target.row, column: target.column };
  }, [selection, sheet]);

  const openFile = useCallback(
    async (file: File) => {
      setError(null);
      setBusy('reading');
      try {
        const workbook = await files.open(new Uint8Array(await file.arrayBuffer()));
        setActiveSheet(null);
        setSelection(null);
        setSession(previewSession(workbook, file.name.replace(/\.xlsx$/i, ''), officeLanguage));
        setStatus(PREVIEW_STRINGS[language].opened(file.name));
      } catch (e) {
        setError(() => (lang: DisplayLanguage) => {
          const t = PREVIEW_STRINGS[lang];
          return t.openFailed(file.name, ourWords(e, lang) ?? t.notAWorkbook);
        });
      } finally {
        setBusy(null);
      }
    },
    [files, language, officeLanguage],
  );

  const download = useCallback(async () => {
    setError(null);
    setBusy('writing');
    try {
      const bytes = await files.save(session.workbook);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${session.name}.xlsx`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      // A writer's own words are a library's: ours say what happened and what is still true.
      setError(() => (lang: DisplayLanguage) => PREVIEW_STRINGS[lang].downloadFailed);
    } finally {
      setBusy(null);
    }
  }, [files, session]);

  useEffect(() => {
    document.documentElement.lang = language === 'sv' ? 'sv' : 'en';
  }, [language]);

  return (
    <FluentProvider theme={PREVIEW_THEMES[theme]} className={styles.page}>
      <PreviewBanner
        lang={language}
        disabled={busy !== null}
        onOpen={() => fileInput.current?.click()}
        onDownload={() => void download()}
      />
      <input
        ref={fileInput}
        className={styles.fileInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.openLabel}
        tabIndex={-1}
        data-testid="open-xlsx"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openFile(file);
        }}
      />
      {error && (
        <MessageBar intent="error" layout="multiline" className={styles.banner}>
          <MessageBarBody>{error(language)}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" className={styles.status}>
        {busy ? (busy === 'reading' ? t.reading : t.writing) : status}
      </div>
      <div className={styles.main}>
        {/* The pane brings its own landmarks (header, nav, main): no region around it. */}
        <div className={styles.pane} data-testid="pane">
          <PaneHost
            key={session.id}
            session={session}
            officeLanguage={officeLanguage}
            theme={theme}
            firstView={session.id === firstSession ? initialFirstView : null}
          />
        </div>
        <section className={styles.grids} aria-label={t.gridRegion} data-testid="grids">
          {busy && (
            <Spinner className={styles.busy} size="tiny" label={busy === 'reading' ? t.reading : t.writing} />
          )}
          {sheet ? (
            <>
              <div className={styles.tabs}>
                <TabList
                  size="small"
                  aria-label={t.sheets}
                  selectedValue={sheet.name}
                  onTabSelect={(_, data) => setActiveSheet(String(data.value))}
                >
                  {visibleSheets.map((s) => (
                    <Tab key={s.name} value={s.name} id={`sheet-tab-${sheetId(s.name)}`}>
                      {s.name}
                    </Tab>
                  ))}
                </TabList>
              </div>
              <div
                className={mergeClasses(styles.gridScroll)}
                role="tabpanel"
                aria-labelledby={`sheet-tab-${sheetId(sheet.name)}`}
                tabIndex={0}
                data-testid="grid"
              >
                <SheetGrid
                  workbook={session.workbook}
                  sheet={sheet}
                  language={language}
                  selected={selected}
                  emptyText={t.emptySheet}
                  version={version}
                />
              </div>
            </>
          ) : (
            <p className={styles.busy}>{t.noSheets}</p>
          )}
        </section>
      </div>
    </FluentProvider>
  );
}

function sheetId(name: string): string {
  return Array.from(name, (ch) => (/[A-Za-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)}`)).join('');
}
