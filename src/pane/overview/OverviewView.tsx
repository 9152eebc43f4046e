// Översikt: how far over the frame, per year and in all, applied and proposed side by side.
import { useMemo } from 'react';
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { overviewView } from '../../session';
import { useSessionState, useStrings } from '../hooks';
import { ScrollArea, Section, useNumberCell, useTableClass } from '../shared';
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
  const num = useNumberCell();
  const tableClass = useTableClass();
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
        <p style={{ margin: 0 }} data-testid="headline">
          {view.proposed.sentence}
        </p>
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
        {view.hasFrame && (
          <div className={styles.cards}>
            {card(s.appliedColumn, view.applied, 'headline-applied')}
            {card(s.proposedColumn, view.proposed, 'headline-proposed')}
          </div>
        )}
      </Section>
      {view.hasFrame && (
        <Section heading={s.perYearHeading}>
          <ScrollArea label={s.perYearHeading}>
            <Table className={tableClass} size="extra-small" aria-label={s.perYearHeading}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{s.yearColumn}</TableHeaderCell>
                  <TableHeaderCell className={num}>{s.availableColumn}</TableHeaderCell>
                  <TableHeaderCell className={num}>{s.appliedColumn}</TableHeaderCell>
                  <TableHeaderCell className={num}>{s.proposedColumn}</TableHeaderCell>
                  <TableHeaderCell
                    className={num}
                  >{`${s.overColumn} (${s.appliedColumn.toLocaleLowerCase(lang)})`}</TableHeaderCell>
                  <TableHeaderCell
                    className={num}
                  >{`${s.overColumn} (${s.proposedColumn.toLocaleLowerCase(lang)})`}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[
                  ...view.years.map((y) => ({ ...y, key: String(y.year) })),
                  { ...view.total, key: 'total', label: s.wholePeriod },
                ].map((y) => (
                  <TableRow key={y.key} data-testid={`year-${y.key}`}>
                    <TableCell>{y.label}</TableCell>
                    <TableCell className={num}>{y.available}</TableCell>
                    <TableCell className={num}>{y.applied}</TableCell>
                    <TableCell className={num}>{y.proposed}</TableCell>
                    <TableCell className={num}>{`${y.overApplied} (${y.overAppliedPercent})`}</TableCell>
                    <TableCell className={num}>{`${y.overProposed} (${y.overProposedPercent})`}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollArea>
          <Caption1>{s.overPercentNote}</Caption1>
        </Section>
      )}
      {view.hasFrame && <YearBars years={view.years} />}
      <InitiativeStatusList rows={view.initiatives} />
    </>
  );
}
