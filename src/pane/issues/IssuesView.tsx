// Fel och varningar: every problem, grouped by table; choosing one selects its cell in Excel.
import { useMemo } from 'react';
import { Badge, Button, Caption1, makeStyles } from '@fluentui/react-components';
import { issuesView } from '../../session';
import { useSession, useSessionState, useStrings } from '../hooks';
import { Section, PlainList } from '../shared';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
});

export function IssuesView() {
  const styles = useStyles();
  const session = useSession();
  const { issues, lang } = useSessionState();
  const s = useStrings();
  const view = useMemo(() => issuesView(issues, lang), [issues, lang]);
  if (!view.groups.length) return <Section heading={s.issuesHeading}>{s.noIssues}</Section>;
  return (
    <>
      {view.groups.map((group) => (
        <Section key={group.table} heading={group.table}>
          <PlainList>
            {group.items.map((item) => (
              <li key={item.key} className={styles.item}>
                <span>
                  <Badge appearance="tint" color={item.severity === 'error' ? 'danger' : 'warning'}>
                    {item.severityText}
                  </Badge>{' '}
                  {item.cell && <Caption1>{item.cell}</Caption1>}
                </span>
                <span>{item.message}</span>
                {item.cell && (
                  <Button
                    size="small"
                    appearance="secondary"
                    onClick={() => void session.selectCell(item.cell!)}
                  >
                    {s.goToCell(item.cell)}
                  </Button>
                )}
              </li>
            ))}
          </PlainList>
        </Section>
      ))}
    </>
  );
}
