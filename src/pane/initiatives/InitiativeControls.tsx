// Cuts of the whole initiative: a cap on its grant, or removing it.
import { useState } from 'react';
import Decimal from 'decimal.js';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { InitiativeDetail } from '../../session';
import { useAction, useSession, useSessionState, useStrings } from '../hooks';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end' },
});

/** "6 984 000", "6984000", "6 984 000 kr" → 6984000; anything else → null. */
function parseKronor(text: string): Decimal | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]|kr/gi, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return new Decimal(cleaned);
}

export function InitiativeControls({ detail, reason }: { detail: InitiativeDetail; reason: string | null }) {
  const styles = useStyles();
  const session = useSession();
  const { busy } = useSessionState();
  const s = useStrings();
  const action = useAction();
  const [cap, setCap] = useState(detail.cap ? String(detail.cap.value) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const disabled = busy !== null || action.pending;
  const applyCap = () => {
    const amount = parseKronor(cap);
    if (!amount) {
      setProblem(s.invalidAmount);
      return;
    }
    setProblem(null);
    void action.run(() => session.cap(detail.name, amount, reason));
  };
  // Granted and rejected initiatives are decided: no cut controls (issue 13).
  if (!detail.included || detail.roundStatus !== 'application') return null;
  return (
    <>
      {!detail.removed && (
        <div className={styles.line}>
          <Field label={s.capLabel} size="small" validationMessage={problem ?? undefined}>
            <Input
              size="small"
              inputMode="numeric"
              value={cap}
              onChange={(_, data) => setCap(data.value)}
              onKeyDown={(e) => e.key === 'Enter' && applyCap()}
            />
          </Field>
          <Button size="small" disabled={disabled} onClick={applyCap}>
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
