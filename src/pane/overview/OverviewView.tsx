// Översikt: how far over the frame, per year and in all, applied and proposed side by side.
import { useMemo } from 'react';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { offersBalance, overviewView } from '../../session';
import { BalanceEntry } from '../balance/BalancePanel';
import { useSessionState, useStrings } from '../hooks';
import { Section, StackedTable } from '../shared';
import { YearBars } from './YearBars';
import { InitiativeStatusList } from './InitiativeStatusList';

const useStyles = makeStyles({
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  yearsOver: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  card: {
    flex: '1 1 130px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
  },
  over: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase500,
  },
  room: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase500,
  },
});

export function OverviewView() {
  const styles = useStyles();
  const { result, lang } = useSessionState();
  const s = useStrings();
  const view = useMemo(() => (result ? overviewView(result, lang) : null), [result, lang]);
  if (!view) return null;
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
      <Section heading={view.scenario}>
        {view.decisionYears && <strong data-testid="decision-years">{view.decisionYears}</strong>}
        {/* The years over come first: room left in one year does not pay for another, so the
            whole period's net figure alone would hide the problem the meeting is about. */}
        {view.yearsOver.length > 0 && (
          <div>
            <span>{s.headlineYearsOver}</span>
            <ul className={styles.yearsOver} data-testid="years-over">
              {view.yearsOver.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
        <p style={{ margin: 0 }} data-testid="headline">
          {view.proposed.sentence}
        </p>
        {result && offersBalance(result) && <BalanceEntry testId="overview-balance" />}
        {view.equitySentence && (
          <p style={{ margin: 0 }} data-testid="equity-sentence">
            {view.equitySentence}
          </p>
        )}
        {view.hasFrame && (
          <div className={styles.cards}>
            {card(s.appliedColumn, view.applied, 'headline-applied')}
            {card(s.proposedColumn, view.proposed, 'headline-proposed')}
          </div>
        )}
      </Section>
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
              heading: y.label,
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
                  label: s.overColumn,
                  cells: [
                    { figure: y.overApplied, note: `(${y.overAppliedPercent})` },
                    { figure: y.overProposed, note: `(${y.overProposedPercent})` },
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
      {view.hasFrame && <YearBars years={view.years} />}
      <InitiativeStatusList rows={view.initiatives} />
      {(view.grantedLine || view.rejectedLine) && (
        <Section heading={s.decidedHeading}>
          {view.grantedLine && <Body1 data-testid="granted-line">{view.grantedLine}</Body1>}
          {view.rejectedLine && <Body1 data-testid="rejected-line">{view.rejectedLine}</Body1>}
        </Section>
      )}
    </>
  );
}
