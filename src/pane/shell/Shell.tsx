// Header, notices, navigation and the chosen view.
import { useState } from 'react';
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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useSession, useSessionState, useStrings } from '../hooks';
import { LanguageSwitch } from './LanguageSwitch';
import { ScenarioPicker } from './ScenarioPicker';
import { LiveAnnouncer } from './LiveAnnouncer';
import { OverviewView } from '../overview/OverviewView';
import { InitiativesView } from '../initiatives/InitiativesView';
import { ScenariosView } from '../scenarios/ScenariosView';
import { DecisionView } from '../decision/DecisionView';
import { IssuesView } from '../issues/IssuesView';
import { NewWorkbookView, MissingTablesOffer } from '../new-workbook/NewWorkbookView';

export type ViewName = 'overview' | 'initiatives' | 'scenarios' | 'decision' | 'issues';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    justifyContent: 'space-between',
  },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  tabs: { flexWrap: 'wrap' },
  main: { minWidth: 0 },
});

export function Shell({ preview }: { preview: boolean }) {
  const styles = useStyles();
  const state = useSessionState();
  const session = useSession();
  const s = useStrings();
  const [view, setView] = useState<ViewName>('overview');
  const problems = state.issues.length;

  return (
    <div className={styles.root} lang={state.lang}>
      <header className={styles.header}>
        <Title3 as="h1">{s.appTitle}</Title3>
        {preview && (
          <Badge appearance="tint" color="warning">
            {s.previewBadge}
          </Badge>
        )}
      </header>
      <div className={styles.controls}>
        {state.phase === 'ready' && <ScenarioPicker />}
        <LanguageSwitch />
      </div>
      <LiveAnnouncer />
      {state.notice && (
        <MessageBar
          layout="multiline"
          intent={state.notice.kind === 'info' ? 'success' : state.notice.kind}
          role={state.notice.kind === 'error' ? 'alert' : 'status'}
        >
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => session.dismissNotice()}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.phase === 'loading' && <Spinner label={s.loading} />}
      {state.phase === 'failed' && <Body1>{state.notice?.text}</Body1>}
      {state.phase === 'newWorkbook' && <NewWorkbookView />}
      {state.phase === 'ready' && (
        <>
          {state.missingTables.length > 0 && <MissingTablesOffer />}
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
          <main className={styles.main}>
            {view === 'overview' && <OverviewView />}
            {view === 'initiatives' && <InitiativesView />}
            {view === 'scenarios' && <ScenariosView />}
            {view === 'decision' && <DecisionView />}
            {view === 'issues' && <IssuesView />}
          </main>
        </>
      )}
    </div>
  );
}
