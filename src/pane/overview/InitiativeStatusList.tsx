import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { InitiativeStatusRow } from '../../session';
import { useStrings } from '../hooks';
import { Section, PlainList } from '../shared';
import { IncompleteMark } from '../incomplete';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

const COLORS = {
  withinMax: 'success',
  overMax: 'danger',
  noMax: 'informative',
  removed: 'subtle',
  excluded: 'warning',
  granted: 'informative',
  rejected: 'subtle',
} as const;

export function InitiativeStatusList({ rows }: { rows: InitiativeStatusRow[] }) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <Section heading={s.initiativeStatusHeading}>
      <PlainList>
        {rows.map((row) => (
          <li key={row.name} className={styles.item} data-testid={`status-${row.name}`}>
            <strong>{row.name}</strong>
            <span className={styles.line}>
              {row.incomplete && <IncompleteMark />}
              <Badge appearance="tint" color={COLORS[row.state]}>
                {row.statusText}
              </Badge>
              {row.adjusted && !['removed', 'excluded', 'granted', 'rejected'].includes(row.state) && (
                <Badge appearance="outline" color="brand">
                  {s.statusAdjusted}
                </Badge>
              )}
            </span>
            <Caption1>{`${s.appliedColumn} ${row.applied} · ${s.proposedColumn} ${row.proposed}`}</Caption1>
            {row.statedDiffers && <Caption1>{row.statedDiffers}</Caption1>}
          </li>
        ))}
      </PlainList>
    </Section>
  );
}
