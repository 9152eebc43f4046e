// Cuts of the whole initiative: a cap on its grant, or removing it.
import type Decimal from 'decimal.js';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { readCapField, type InitiativeDetail } from '../../session';
import { useAction, useSession, useSessionState, useStrings } from '../hooks';
import { useTypedField } from './useTypedField';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end' },
});

export function InitiativeControls({ detail, reason }: { detail: InitiativeDetail; reason: string | null }) {
  const styles = useStyles();
  const session = useSession();
  const { busy } = useSessionState();
  const s = useStrings();
  const action = useAction();
  const disabled = busy !== null || action.pending;
  const cap = useTypedField({
    inEffect: detail.capField,
    inEffectLabel: detail.cap?.text ?? '–',
    read: readCapField,
    apply: (amount: Decimal) => action.run(() => session.cap(detail.name, amount, reason)),
  });
  // Granted and rejected initiatives are decided: no cut controls (issue 13).
  if (!detail.included || detail.roundStatus !== 'application') return null;
  return (
    <>
      {!detail.removed && (
        <div className={styles.line}>
          <Field label={s.capLabel} size="small" {...cap.field}>
            <Input size="small" inputMode="decimal" {...cap.input} />
          </Field>
          <Button size="small" disabled={disabled} onClick={cap.submit}>
            {s.applyCap}
          </Button>
          {detail.cap && (
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              onClick={() => void action.run(() => session.removeCap(detail.name))}
            >
              {s.removeCap}
            </Button>
          )}
        </div>
      )}
      <div className={styles.line}>
        {detail.removed ? (
          <Button
            size="small"
            disabled={disabled}
            onClick={() => void action.run(() => session.restoreInitiative(detail.name))}
          >
            {s.restoreInitiative}
          </Button>
        ) : (
          <Button
            size="small"
            disabled={disabled}
            onClick={() => void action.run(() => session.removeInitiative(detail.name, reason))}
          >
            {s.removeInitiative}
          </Button>
        )}
      </div>
      {action.error && <Caption1 role="alert">{action.error}</Caption1>}
    </>
  );
}
