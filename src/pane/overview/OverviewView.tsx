// Översikt: how far over the frame, per year and in all, applied and proposed side by side.
import { useMemo } from 'react';
import {
  Body1,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { decisionYearsView, offersBalance, overviewView } from '../../session';
import { BalanceEntry } from '../balance/BalancePanel';
import { useSessionState, useStrings } from '../hooks';
import { Section, StackedTable } from '../shared';
import { useNavigation } from '../shell/navigation';
import { DecisionYears } from './DecisionYears';
import { IncompleteMark } from '../incomplete';
import { InitiativeStatusList } from './InitiativeStatusList';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  card: {
    flex: '1 1 130px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
  },
  // The whole period is secondary to the decision years: no larger than a year's figure.
  over: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  room: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  banner: { marginBottom: tokens.spacingVerticalS },
  unread: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
  },
});

export function OverviewView() {
  const styles = useStyles();
  const { result, lang, incomplete } = useSessionState();
  const s = useStrings();
  const { openView } = useNavigation();
  const view = useMemo(
    () => (result ? overviewView(result, lang, incomplete) : null),
    [result, lang, incomplete],
  );
  const years = useMemo(
    () => (result && result.frame.length > 0 ? decisionYearsView(result, lang, incomplete) : null),
    [result, lang, incomplete],
  );
  if (!view) return null;
  const banner = view.incompleteBanner;
  const card = (label: string, figure: typeof view.applied, testId: string) => (
    <div className={styles.card} data-testid={testId}>
      <Caption1>{label}</Caption1>
      <span className={figure.isOver ? styles.over : styles.room} data-testid={`${testId}-over`}>
        {figure.magnitude}
      </span>
      <span data-testid={`${testId}-percent`}>{figure.meaning}</span>
    </div>
  );
  return (
    <>
      {banner && (
        <MessageBar
          intent="error"
          layout="multiline"
          className={styles.banner}
          data-testid="incomplete-banner"
        >
          <MessageBarBody>
            {banner.text}{' '}
            <Link as="button" onClick={() => openView('issues')}>
              {banner.link}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <Section heading={view.scenario}>
        {/* The years the meeting decides about come first, each against its own frame: room left
            in one year does not pay for another, and years long closed are not this meeting's. */}
        {years && (
          <section aria-label={years.heading} data-testid="decision-years">
            <h3 style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>{years.heading}</h3>
            <DecisionYears view={years} labels={s} />
            {/* A year Ram could not give is named where the years are, not only in the banner. */}
            {years.unreadYears.length > 0 && (
              <ul className={styles.unread} data-testid="unread-frame-years">
                {years.unreadYears.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <Caption1>{s.frameScaleNote}</Caption1>
          </section>
        )}
        {!view.hasFrame && (
          <p style={{ margin: 0 }} data-testid="headline">
            {view.proposed.sentence}
          </p>
        )}
        {result && offersBalance(result) && <BalanceEntry testId="overview-balance" />}
        {view.equitySentence && (
          <p style={{ margin: 0 }} data-testid="equity-sentence">
            {view.equitySentence}
          </p>
        )}
      </Section>
      {view.hasFrame && (
        <Section heading={s.wholePeriodHeading}>
          <Caption1>{s.wholePeriodNote}</Caption1>
          <p style={{ margin: 0 }} data-testid="headline">
            {view.proposed.sentence}
          </p>
          <div className={styles.cards}>
            {card(s.appliedColumn, view.applied, 'headline-applied')}
            {card(s.proposedColumn, view.proposed, 'headline-proposed')}
          </div>
        </Section>
      )}
      {view.hasFrame && (
        <Section heading={s.perYearHeading}>
          <StackedTable
            label={s.perYearHeading}
            corner=""
            columns={[s.appliedColumn, s.proposedColumn]}
            groups={[
              ...view.years.map((y) => ({ ...y, key: String(y.year) })),
              { ...view.total, key: 'total', label: s.wholePeriod },
            ].map((y) => ({
              key: y.key,
              heading: y.incomplete ? `${y.label} · ${s.incompleteMark}` : y.label,
              testId: `year-${y.key}`,
              rows: [
                { label: s.availableColumn, cells: [{ figure: y.available }] },
                // Issue 13: what earlier decisions hold, and this round's applications beside it.
                ...(y.granted !== null ? [{ label: s.grantedRow, cells: [{ figure: y.granted }] }] : []),
                ...(y.applicationsApplied !== null && y.applicationsProposed !== null
                  ? [
                      {
                        label: s.applicationsRow,
                        cells: [{ figure: y.applicationsApplied }, { figure: y.applicationsProposed }],
                      },
                    ]
                  : []),
                { label: s.amountRow, cells: [{ figure: y.applied }, { figure: y.proposed }] },
                {
                  label: s.againstFrameRow,
                  cells: [
                    { figure: y.appliedFrame.text, note: y.appliedFrame.percent },
                    { figure: y.proposedFrame.text, note: y.proposedFrame.percent },
                  ],
                },
                ...(y.equityEndApplied !== null && y.equityEndProposed !== null
                  ? [
                      {
                        label: s.equityEndRow,
                        cells: [
                          { figure: y.equityEndApplied, ...(y.shortApplied ? { note: y.shortApplied } : {}) },
                          {
                            figure: y.equityEndProposed,
                            ...(y.shortProposed ? { note: y.shortProposed } : {}),
                          },
                        ],
                      },
                    ]
                  : []),
              ],
            }))}
          />
          <Caption1>{s.overPercentNote}</Caption1>
        </Section>
      )}
      <InitiativeStatusList rows={view.initiatives} />
      {(view.grantedLine || view.rejectedLine) && (
        <Section heading={s.decidedHeading}>
          {view.grantedLine && (
            <Body1 data-testid="granted-line">
              {view.grantedLine}
              {view.grantedIncomplete && (
                <>
                  {' '}
                  <IncompleteMark />
                </>
              )}
            </Body1>
          )}
          {view.rejectedLine && <Body1 data-testid="rejected-line">{view.rejectedLine}</Body1>}
        </Section>
      )}
    </>
  );
}
