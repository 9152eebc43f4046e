// Header, notices, navigation and the chosen view.
import { Suspense, lazy, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  Badge,
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
} from '@fluentui/react-components';
import { useShellStyles as useStyles } from './shell-styles';
import { useSession, useSessionState, useStrings } from '../hooks';
import { LanguageSwitch } from './LanguageSwitch';
import { ScenarioPicker } from './ScenarioPicker';
import { FrameStrip } from './FrameStrip';
import { NavigationContext, type Navigation, type ViewName } from './navigation';
import { undoKey } from './undoKeys';
import { OverviewView } from '../overview/OverviewView';
import { CheckingLine, FirstPaintBody } from '../first-paint/FirstPaint';
import type { FirstView, SessionState } from '../../session';
import { firstViewCheck } from '../first-paint/verified';
import type { Strings } from '../../i18n';

// Only Översikt, the first view shown, is in the pane's first download; each other view (and the
// Fluent components only it uses) loads when first opened, or at idle once the overview is shown.
const loadInitiatives = () =>
  import(/* webpackChunkName: "view-initiatives" */ '../initiatives/InitiativesView');
const loadScenarios = () => import(/* webpackChunkName: "view-scenarios" */ '../scenarios/ScenariosView');
const loadDecision = () => import(/* webpackChunkName: "view-decision" */ '../decision/DecisionView');
const loadIssues = () => import(/* webpackChunkName: "view-issues" */ '../issues/IssuesView');
const loadNewWorkbook = () =>
  import(/* webpackChunkName: "view-new-workbook" */ '../new-workbook/NewWorkbookView');
const InitiativesView = lazy(() => loadInitiatives().then((m) => ({ default: m.InitiativesView })));
const ScenariosView = lazy(() => loadScenarios().then((m) => ({ default: m.ScenariosView })));
const DecisionView = lazy(() => loadDecision().then((m) => ({ default: m.DecisionView })));
const IssuesView = lazy(() => loadIssues().then((m) => ({ default: m.IssuesView })));
const NewWorkbookView = lazy(() => loadNewWorkbook().then((m) => ({ default: m.NewWorkbookView })));
const MissingTablesOffer = lazy(() => loadNewWorkbook().then((m) => ({ default: m.MissingTablesOffer })));

/** Fetches the other views in the background, so that a tab opens at once in the meeting. */
function preloadViews(): void {
  for (const load of [loadInitiatives, loadScenarios, loadDecision, loadIssues]) void load().catch(() => {});
}

export type { ViewName } from './navigation';

/**
 * What the live region says about figures shown from last time (firstView): that they are being
 * checked, then whether the workbook's own figures were the same. Empty without a first view.
 * Decided once: a session the host had already computed (first-paint/verified.ts said the outcome
 * in the first paint) starts with the outcome, so that the region does not say "checking" again.
 */
function useFirstViewCheck(firstView: FirstView | null, state: SessionState, s: Strings): string {
  const [outcome, setOutcome] = useState(() => firstViewCheck(firstView, state));
  useEffect(() => {
    if (outcome === 'checking' && state.phase !== 'loading') setOutcome(firstViewCheck(firstView, state));
  }, [outcome, firstView, state]);
  if (outcome === 'checking') return s.firstPaintChecking;
  if (outcome === 'checked') return s.firstPaintChecked;
  if (outcome === 'changed') return s.firstPaintChanged;
  return '';
}

export function Shell({ preview, firstView = null }: { preview: boolean; firstView?: FirstView | null }) {
  const styles = useStyles();
  const state = useSessionState();
  const session = useSession();
  const s = useStrings();
  const [view, setView] = useState<ViewName>('overview');
  const [chosenInitiative, chooseInitiative] = useState<string | null>(null);
  const navigation = useMemo<Navigation>(
    () => ({ openView: setView, chosenInitiative, chooseInitiative }),
    [chosenInitiative],
  );
  const problems = state.issues.length;
  const ready = state.phase === 'ready';
  useEffect(() => {
    if (!ready) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(preloadViews);
  }, [ready]);
  const loadingView = <Spinner size="small" label={s.loading} />;
  const checked = useFirstViewCheck(firstView, state, s);
  const cached = state.phase === 'loading' && firstView ? firstView[state.lang] : null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = undoKey(e);
    if (!key || state.phase !== 'ready') return;
    e.preventDefault();
    if (state.busy !== null) return;
    if (key === 'undo' && state.canUndo) void session.undo();
    if (key === 'redo' && state.canRedo) void session.redo();
  };

  return (
    // The keys are a shortcut for the Ångra/Gör om buttons, which stay the way for every user.
    <NavigationContext.Provider value={navigation}>
      <div className={styles.root} lang={state.lang} onKeyDown={onKeyDown}>
        <header className={styles.header}>
          <Title3 as="h1">{s.appTitle}</Title3>
          {preview && (
            <Badge appearance="tint" color="warning">
              {s.previewBadge}
            </Badge>
          )}
        </header>
        <div className={styles.controls}>
          {cached ? <CheckingLine checking={s.firstPaintChecking} /> : ready && <ScenarioPicker />}
          <LanguageSwitch />
        </div>
        {state.notice && (
          <MessageBar
            layout="multiline"
            intent={state.notice.kind === 'info' ? 'success' : state.notice.kind}
            role={state.notice.kind === 'error' ? 'alert' : 'status'}
          >
            <MessageBarBody>{state.notice.text[state.lang]}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => session.dismissNotice()}>
                {s.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {/* Figures from last time are said to be checked, and then how the check came out. */}
        <div role="status" aria-live="polite" className={styles.status} data-testid="first-view-check">
          {checked}
        </div>
        {cached && <FirstPaintBody view={cached} />}
        {state.phase === 'loading' && !cached && <Spinner label={s.loading} />}
        {state.phase === 'failed' && <Body1>{state.notice?.text[state.lang]}</Body1>}
        {state.phase === 'newWorkbook' && (
          <Suspense fallback={loadingView}>
            <NewWorkbookView />
          </Suspense>
        )}
        {state.phase === 'ready' && (
          <>
            {state.missingTables.length > 0 && (
              <Suspense fallback={null}>
                <MissingTablesOffer />
              </Suspense>
            )}
            <nav aria-label={s.navLabel}>
              <TabList
                className={styles.tabs}
                size="small"
                selectedValue={view}
                onTabSelect={(_, data) => setView(data.value as ViewName)}
              >
                <Tab value="overview">{s.tabOverview}</Tab>
                <Tab value="initiatives">{s.tabInitiatives}</Tab>
                <Tab value="scenarios">{s.tabScenarios}</Tab>
                <Tab value="decision">{s.tabDecision}</Tab>
                <Tab
                  value="issues"
                  aria-label={problems ? `${s.tabIssues}, ${s.issuesCount(problems)}` : s.tabIssues}
                >
                  {s.tabIssues}
                  {problems > 0 && (
                    <Badge
                      size="small"
                      appearance="filled"
                      color={state.issues.some((i) => i.severity === 'error') ? 'danger' : 'warning'}
                      style={{ marginLeft: 4 }}
                      aria-hidden
                    >
                      {problems}
                    </Badge>
                  )}
                </Tab>
              </TabList>
            </nav>
            {/* The chosen initiative's own years only where it is being cut. */}
            <FrameStrip initiative={view === 'initiatives' ? chosenInitiative : null} />
            <main className={styles.main}>
              <Suspense fallback={loadingView}>
                {view === 'overview' && <OverviewView />}
                {view === 'initiatives' && <InitiativesView />}
                {view === 'scenarios' && <ScenariosView />}
                {view === 'decision' && <DecisionView />}
                {view === 'issues' && <IssuesView />}
              </Suspense>
            </main>
          </>
        )}
      </div>
    </NavigationContext.Provider>
  );
}
