// One role: FTE and cost per year, applied vs proposed, and the controls that cut it.
import type Decimal from 'decimal.js';
import { Badge, Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { readEndDateField, readFteField, stepFte, type InitiativeDetail, type RoleView } from '../../session';
import { useAction, useSession, useSessionState, useStrings } from '../hooks';
import { HoldToggle } from '../balance/HoldToggle';
import { YearTable } from './YearTable';
import { useTypedField } from './useTypedField';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end' },
  fte: { width: '80px', minWidth: '80px' },
});

const STEP = 5;

export function RoleCard({
  initiative,
  role,
  reason,
}: {
  initiative: InitiativeDetail;
  role: RoleView;
  reason: string | null;
}) {
  const styles = useStyles();
  const session = useSession();
  const { busy } = useSessionState();
  const s = useStrings();
  const action = useAction();
  const disabled = busy !== null || action.pending || initiative.removed;
  const fte = useTypedField({
    inEffect: role.fteField,
    inEffectLabel: role.fteProposed,
    read: readFteField,
    apply: (value: Decimal) => action.run(() => session.setFte(initiative.name, role.role, value, reason)),
  });
  const end = useTypedField({
    inEffect: role.endProposed,
    inEffectLabel: role.endProposed,
    read: (text) => readEndDateField(text, initiative),
    apply: (value: string) => action.run(() => session.setEnd(initiative.name, role.role, value, reason)),
  });

  return (
    <div className={styles.card} data-testid={`role-${role.role}`}>
      <strong>
        {role.role} {role.own && <Badge appearance="outline">{s.ownFundingTag}</Badge>}{' '}
        {role.removed && (
          <Badge appearance="tint" color="danger">
            {s.roleRemoved}
          </Badge>
        )}
      </strong>
      <Caption1>
        {`${s.fteApplied}: ${role.fteApplied} · ${s.fteProposed}: ${role.fteProposed}`}
        {role.fteRows && ` (${role.fteRows})`}
      </Caption1>
      <HoldToggle initiative={initiative.name} role={role.role} />
      <YearTable caption={role.role} years={role.years} />
      {role.editable && (
        <>
          {role.canSetFte ? (
            <Field label={s.fteLabel(role.role)} size="small" {...fte.field}>
              {(fieldProps) => (
                <div className={styles.line}>
                  <Button
                    size="small"
                    aria-label={s.fteDecrease(role.role)}
                    disabled={disabled || role.fteProposedValue.lte(0)}
                    onClick={() => fte.submitReading(stepFte(role.fteProposedValue, -STEP))}
                  >
                    −5
                  </Button>
                  <Input
                    {...fieldProps}
                    className={styles.fte}
                    size="small"
                    inputMode="decimal"
                    contentAfter="%"
                    {...fte.input}
                  />
                  <Button
                    size="small"
                    aria-label={s.fteIncrease(role.role)}
                    disabled={disabled}
                    onClick={() => fte.submitReading(stepFte(role.fteProposedValue, STEP))}
                  >
                    +5
                  </Button>
                  <Button size="small" disabled={disabled} onClick={fte.submit}>
                    {s.applyFte}
                  </Button>
                </div>
              )}
            </Field>
          ) : (
            <Caption1>{s.severalRowsForRole}</Caption1>
          )}
          <div className={styles.line}>
            <Field label={s.endDateLabel(role.role)} size="small" {...end.field}>
              <Input size="small" type="date" min={initiative.start} max={initiative.end} {...end.input} />
            </Field>
            <Button size="small" disabled={disabled} onClick={end.submit}>
              {s.applyEndDate}
            </Button>
          </div>
          <div className={styles.line}>
            {role.removed ? (
              <Button
                size="small"
                disabled={disabled}
                onClick={() => void action.run(() => session.restoreRole(initiative.name, role.role))}
              >
                {s.restoreRole(role.role)}
              </Button>
            ) : (
              <Button
                size="small"
                disabled={disabled}
                onClick={() => void action.run(() => session.removeRole(initiative.name, role.role, reason))}
              >
                {s.removeRole(role.role)}
              </Button>
            )}
            {(role.fteProposed !== role.fteApplied || role.endProposed !== role.endApplied) &&
              !role.removed && (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={disabled}
                  onClick={() => void action.run(() => session.restoreRole(initiative.name, role.role))}
                >
                  {s.restoreRole(role.role)}
                </Button>
              )}
          </div>
          {action.error && <Caption1 role="alert">{action.error}</Caption1>}
        </>
      )}
    </div>
  );
}
