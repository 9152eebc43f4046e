// The decision years lead Översikt: per year, room or excess against the frame in kronor and in %
// of that year's available funds, applied and proposed side by side, and bars on one scale for all
// the years with the frame drawn as a line. The bars repeat the figures and are hidden from
// screen readers. Its words come as props: the first paint draws it too, before the session (and
// the strings catalogue) has loaded.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DecisionYearsView, FrameFigure } from '../../session/views/frame';
import { FIGURE_COLOURS } from '../../session/views/colours';
import { IncompleteBadge } from '../incomplete-badge';

export interface DecisionYearsLabels {
  appliedColumn: string;
  proposedColumn: string;
  availableColumn: string;
  incompleteMark: string;
}

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': { padding: `1px ${tokens.spacingHorizontalXS}` },
  },
  column: { textAlign: 'right', fontWeight: tokens.fontWeightSemibold, width: '50%' },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: '4px',
    verticalAlign: 'baseline',
  },
  year: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  yearNumber: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  figure: { textAlign: 'right', verticalAlign: 'top', fontVariantNumeric: 'tabular-nums' },
  amount: { display: 'block', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorPaletteRedForeground1 },
  room: { color: tokens.colorPaletteGreenForeground1 },
  share: { display: 'block', color: tokens.colorNeutralForeground2 },
  track: { position: 'relative', height: '22px', margin: `2px 0 ${tokens.spacingVerticalXS}` },
  bar: { position: 'absolute', left: 0, height: '9px', minWidth: '2px' },
  frame: {
    position: 'absolute',
    top: '-2px',
    bottom: '-2px',
    width: '2px',
    marginLeft: '-1px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

export function DecisionYears({ view, labels: s }: { view: DecisionYearsView; labels: DecisionYearsLabels }) {
  const styles = useStyles();
  const cell = (figure: FrameFigure) => (
    <td className={styles.figure}>
      <span
        className={mergeClasses(styles.amount, figure.isOver ? styles.over : styles.room)}
        data-state={figure.isOver ? 'over' : 'room'}
      >
        {figure.text}
      </span>
      <span className={styles.share}>{figure.percent}</span>
    </td>
  );
  const swatch = (colour: string) => (
    <span aria-hidden className={styles.swatch} style={{ backgroundColor: colour }} />
  );
  return (
    <table className={styles.table} aria-label={view.heading} data-testid="decision-years-table">
      <thead>
        <tr>
          <th scope="col" className={styles.column}>
            {swatch(FIGURE_COLOURS.applied)}
            {s.appliedColumn}
          </th>
          <th scope="col" className={styles.column}>
            {swatch(FIGURE_COLOURS.proposed)}
            {s.proposedColumn}
          </th>
        </tr>
      </thead>
      {view.years.map((y) => (
        <tbody key={y.year} data-testid={`decision-year-${y.year}`}>
          <tr>
            <th scope="rowgroup" colSpan={2} className={styles.year}>
              <span className={styles.yearNumber}>{y.year}</span>
              {` · ${s.availableColumn} ${y.available} `}
              {y.incomplete && <IncompleteBadge label={s.incompleteMark} />}
            </th>
          </tr>
          <tr>
            {cell(y.appliedFrame)}
            {cell(y.proposedFrame)}
          </tr>
          <tr aria-hidden>
            <td colSpan={2}>
              <div className={styles.track}>
                <span
                  className={styles.bar}
                  data-testid="bar-applied"
                  style={{
                    top: 0,
                    width: `${y.bars.applied * 100}%`,
                    backgroundColor: FIGURE_COLOURS.applied,
                  }}
                />
                <span
                  className={styles.bar}
                  data-testid="bar-proposed"
                  style={{
                    top: '12px',
                    width: `${y.bars.proposed * 100}%`,
                    backgroundColor: FIGURE_COLOURS.proposed,
                  }}
                />
                <span
                  className={styles.frame}
                  data-testid="frame-line"
                  style={{ left: `${y.bars.frame * 100}%` }}
                />
              </div>
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
