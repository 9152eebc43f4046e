// Hold / release an initiative or a role: Låst in the user's own table, one undoable step.
import { useMemo } from 'react';
import { Badge, ToggleButton, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { holdControl } from '../../session';
import { useAction, useSession, useSessionState } from '../hooks';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function HoldToggle({ initiative, role }: { initiative: string; role: string | null }) {
  const styles = useStyles();
  const session = useSession();
  const { input, lang, busy } = useSessionState();
  const action = useAction();
  const control = useMemo(
    () => (input ? holdControl(input, { initiative, role }, lang) : null),
    [input, initiative, role, lang],
  );
  if (!control) return null;
  const testId = role === null ? 'hold-initiative' : `hold-${role}`;
  return (
    <div className={styles.line}>
      <Tooltip content={control.hint} relationship="description">
        <ToggleButton
          size="small"
          checked={control.held}
          disabled={busy !== null || action.pending}
          data-testid={testId}
          onClick={() => void action.run(() => session.hold({ initiative, role }, !control.held))}
        >
          {control.label}
        </ToggleButton>
      </Tooltip>
      {control.held && (
        <Badge appearance="tint" color="informative" data-testid={`${testId}-badge`}>
          {control.badge}
        </Badge>
      )}
    </div>
  );
}
