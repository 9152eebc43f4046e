// Beslut: the decision texts and figures; writes the summary sheets and goes there.
import { useMemo } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { decisionView } from '../../session';
import { useSession, useSessionState, useStrings } from '../hooks';
import { Section, PlainList } from '../shared';
import { IncompleteMark } from '../incomplete';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  text: { margin: 0 },
});

export function DecisionView() {
  const styles = useStyles();
  const session = useSession();
  const { result, lang, fingerprint, addin, busy, issues, incomplete } = useSessionState();
  const hasErrors = issues.some((i) => i.severity === 'error');
  const s = useStrings();
  const view = useMemo(
    () =>
      result
        ? decisionView(
            result,
            lang,
            fingerprint,
            {
              fingerprint: addin.summaryFingerprint,
              writtenAt: addin.summaryWrittenAt,
            },
            incomplete,
          )
        : null,
    [result, lang, fingerprint, addin.summaryFingerprint, addin.summaryWrittenAt, incomplete],
  );
  if (!view) return null;
  const writing = busy === 'writingSummary';
  return (
    <>
      <Section heading={s.tabDecision}>
        {/* Multiline: the text changes after mounting, and 'auto' would keep it on one cut-off line. */}
        <MessageBar
          layout="multiline"
          intent={view.summary === 'stale' ? 'warning' : view.summary === 'current' ? 'success' : 'info'}
          data-testid="summary-state"
        >
          <MessageBarBody>{view.summaryText}</MessageBarBody>
        </MessageBar>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void session.writeSummary()}>
          {s.writeSummary}
        </Button>
        {hasErrors && (
          <Button disabled={busy !== null} onClick={() => void session.writeSummary({ draft: true })}>
            {s.writeDraft}
          </Button>
        )}
        {writing && <ProgressBar aria-label={s.writingSummary} thickness="large" />}
        {writing && <Caption1 role="status">{s.writingSummary}</Caption1>}
      </Section>
      <Section heading={s.decisionHeading}>
        <Caption1>{s.proposalHeading}</Caption1>
        <PlainList gap="m">
          {view.items.map((item) => (
            <li key={item.name} className={styles.item} data-testid={`decision-${item.name}`}>
              <strong>{item.name}</strong>
              {item.incomplete && <IncompleteMark />}
              <Caption1>{`${s.appliedColumn} ${item.applied} · ${s.proposedColumn} ${item.proposed} · ${s.decisionAmountLabel} ${item.decisionAmount}`}</Caption1>
              <p className={styles.text} lang="sv">
                {item.proposal}
              </p>
              {item.conditions.map((c) => (
                <p key={c} className={styles.text} lang="sv">
                  {c}
                </p>
              ))}
            </li>
          ))}
        </PlainList>
      </Section>
    </>
  );
}
