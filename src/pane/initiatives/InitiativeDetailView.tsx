// One initiative: its figures, its roles with FTE and cost per year, and the cut controls.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { initiativeDetail } from '../../session';
import { useSessionState, useStrings } from '../hooks';
import { Section } from '../shared';
import { RoleCard } from './RoleCard';
import { InitiativeControls } from './InitiativeControls';
import { HoldToggle } from '../balance/HoldToggle';
import { UndoBar } from './UndoBar';
import { YearTable } from './YearTable';
import { IncompleteMark } from '../incomplete';

const useStyles = makeStyles({
  roles: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  facts: { display: 'flex', flexDirection: 'column', gap: '2px' },
});

export function InitiativeDetailView({ name, onBack }: { name: string; onBack: () => void }) {
  const styles = useStyles();
  const { result, lang, incomplete } = useSessionState();
  const s = useStrings();
  const [reason, setReason] = useState('');
  // Opening an initiative moves the keyboard into it (the button that opened it is gone).
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  const detail = useMemo(
    () => (result ? initiativeDetail(result, name, lang, incomplete) : null),
    [result, name, lang, incomplete],
  );
  if (!detail) return null;
  const reasonOrNull = reason.trim() || null;
  return (
    <>
      <Button appearance="subtle" onClick={onBack} ref={backRef}>
        {s.backToList}
      </Button>
      <Section heading={detail.name}>
        <div className={styles.facts}>
          {detail.owner && <Caption1>{`${s.ownerLabel}: ${detail.owner}`}</Caption1>}
          <Caption1>{`${s.periodLabel}: ${detail.period}`}</Caption1>
          {detail.incomplete && <IncompleteMark />}
          <span data-testid="initiative-totals">{`${s.appliedColumn} ${detail.applied} · ${s.proposedColumn} ${detail.proposed}`}</span>
          <Caption1>{`${s.decisionAmountLabel}: ${detail.decisionAmount}`}</Caption1>
        </div>
        <YearTable caption={detail.name} years={detail.years} />
        <UndoBar />
        <Field label={s.reasonLabel} size="small">
          <Input
            size="small"
            value={reason}
            placeholder={s.reasonPlaceholder}
            onChange={(_, data) => setReason(data.value)}
          />
        </Field>
        <InitiativeControls detail={detail} reason={reasonOrNull} />
        <HoldToggle initiative={detail.name} role={null} />
      </Section>
      <Section heading={s.rolesHeading}>
        <ul className={styles.roles}>
          {detail.roles.map((role) => (
            <li key={role.key}>
              <RoleCard initiative={detail} role={role} reason={reasonOrNull} />
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
