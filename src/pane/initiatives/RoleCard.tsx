// One role: FTE and cost per year, applied vs proposed, and the controls that cut it.
import { useEffect, useState } from 'react';
import Decimal from 'decimal.js';
import { Badge, Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { InitiativeDetail, RoleView } from '../../session';
import { useAction, useSession, useSessionState, useStrings } from '../hooks';
import { YearTable } from './YearTable';

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
const ISO = /^\d{4}-\d{2}-\d{2}$/;

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
  const [fte, setFte] = useState(String(role.fteProposedPoints));
  const [end, setEnd] = useState(role.endProposed);
  const [problem, setProblem] = useState<{ field: 'fte' | 'end'; text: string } | null>(null);
  useEffect(() => setFte(String(role.fteProposedPoints)), [role.fteProposedPoints]);
  useEffect(() => setEnd(role.endProposed), [role.endProposed]);

  const disabled = busy !== null || action.pending || initiative.removed;
  const setPoints = (points: number) => {
    if (!Number.isFinite(points) || points < 0 || points > 10000) {
      setProblem({ field: 'fte', text: s.invalidFte });
      return;
    }
    setProblem(null);
    void action.run(() => session.setFte(initiative.name, role.role, new Decimal(points).div(100), reason));
  };
  const applyEnd = () => {
    if (!ISO.test(end) || end < initiative.start || end > initiative.end) {
      setProblem({ field: 'end', text: s.invalidDate });
      return;
    }
    setProblem(null);
    void action.run(() => session.setEnd(initiative.name, role.role, end, reason));
  };
  const typed = Number(fte.replace(',', '.').replace(/\s|%/g, ''));

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
      <Caption1>{`${s.fteApplied}: ${role.fteApplied} · ${s.fteProposed}: ${role.fteProposed}`}</Caption1>
      <YearTable caption={role.role} years={role.years} />
      {role.editable && (
        <>
          {role.canSetFte ? (
            <Field
              label={s.fteLabel(role.role)}
              size="small"
              validationMessage={problem?.field === 'fte' ? problem.text : undefined}
            >
              {(fieldProps) => (
                <div className={styles.line}>
                  <Button
                    size="small"
                    aria-label={s.fteDecrease(role.role)}
                    disabled={disabled || role.fteProposedPoints <= 0}
                    onClick={() => setPoints(Math.max(0, role.fteProposedPoints - STEP))}
                  >
                    −5
                  </Button>
                  <Input
                    {...fieldProps}
                    className={styles.fte}
                    size="small"
                    inputMode="decimal"
                    value={fte}
                    contentAfter="%"
                    onChange={(_, data) => setFte(data.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') setPoints(typed);
                    }}
                  />
                  <Button
                    size="small"
                    aria-label={s.fteIncrease(role.role)}
                    disabled={disabled}
                    onClick={() => setPoints(role.fteProposedPoints + STEP)}
                  >
                    +5
                  </Button>
                  <Button size="small" disabled={disabled} onClick={() => setPoints(typed)}>
                    {s.applyFte}
                  </Button>
                </div>
              )}
            </Field>
          ) : (
            <Caption1>{s.severalRowsForRole}</Caption1>
          )}
          <div className={styles.line}>
            <Field
              label={s.endDateLabel(role.role)}
              size="small"
              validationMessage={problem?.field === 'end' ? problem.text : undefined}
            >
              <Input
                size="small"
                type="date"
                value={end}
                min={initiative.start}
                max={initiative.end}
                onChange={(_, data) => setEnd(data.value)}
              />
            </Field>
            <Button size="small" disabled={disabled} onClick={applyEnd}>
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
