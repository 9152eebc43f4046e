// Available vs applied vs proposed per year as bars with their figures in text: readable without
// seeing the bars, and the bars themselves are hidden from screen readers.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { YearRow } from '../../session';
import { useStrings } from '../hooks';
import { Section } from '../shared';

const useStyles = makeStyles({
  year: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    marginBottom: tokens.spacingVerticalS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(72px, 30%) 1fr',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  track: { position: 'relative', height: '18px', display: 'flex', alignItems: 'center' },
  bar: { height: '12px', borderRadius: tokens.borderRadiusSmall, minWidth: '2px' },
  value: {
    fontSize: tokens.fontSizeBase200,
    marginLeft: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  available: { backgroundColor: tokens.colorNeutralForeground3 },
  applied: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  proposed: { backgroundColor: tokens.colorBrandBackground },
  label: { fontSize: tokens.fontSizeBase200 },
});

export function YearBars({ years }: { years: YearRow[] }) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <Section heading={s.barsHeading}>
      {years.map((y) => (
        <div key={y.year} role="group" aria-label={y.label}>
          <strong>{y.label}</strong>
          <ul className={styles.year}>
            {(
              [
                ['available', s.availableColumn, y.available, y.bars.available],
                ['applied', s.appliedColumn, y.applied, y.bars.applied],
                ['proposed', s.proposedColumn, y.proposed, y.bars.proposed],
              ] as const
            ).map(([kind, label, text, fraction]) => (
              <li key={kind} className={styles.row}>
                <span className={styles.label}>{label}</span>
                <span className={styles.track}>
                  <span
                    aria-hidden
                    className={`${styles.bar} ${styles[kind]}`}
                    style={{ width: `${Math.round(fraction * 70)}%` }}
                  />
                  <span className={styles.value}>{text}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
