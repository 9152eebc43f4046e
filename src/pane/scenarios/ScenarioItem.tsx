import { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useAction, useSession, useStrings } from '../hooks';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '2px' },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end' },
});

type Mode = null | 'rename' | 'duplicate' | 'delete';

export function ScenarioItem({
  name,
  active,
  adjustments,
}: {
  name: string;
  active: boolean;
  adjustments: number;
}) {
  const styles = useStyles();
  const session = useSession();
  const s = useStrings();
  const action = useAction();
  const [mode, setMode] = useState<Mode>(null);
  const [newName, setNewName] = useState('');
  const open = (m: Mode) => {
    setMode(m);
    setNewName(m === 'duplicate' ? `${name} (2)` : m === 'rename' ? name : '');
  };
  const submit = async () => {
    const ok = await action.run(() =>
      mode === 'rename' ? session.renameScenario(name, newName) : session.duplicateScenario(name, newName),
    );
    if (ok) setMode(null);
  };
  return (
    <div className={styles.item} data-testid={`scenario-${name}`}>
      <span>
        <strong>{name}</strong> {active && <Badge appearance="tint">{s.activeTag}</Badge>}{' '}
        <Caption1>{s.adjustmentCount(adjustments)}</Caption1>
      </span>
      <div className={styles.line}>
        {!active && (
          <Button
            size="small"
            onClick={() => void session.chooseScenario(name)}
            aria-label={s.chooseScenario(name)}
          >
            {s.chooseScenario(name)}
          </Button>
        )}
        <Button size="small" onClick={() => open('rename')} aria-label={`${s.renameScenario}: ${name}`}>
          {s.renameScenario}
        </Button>
        <Button size="small" onClick={() => open('duplicate')} aria-label={`${s.duplicateScenario}: ${name}`}>
          {s.duplicateScenario}
        </Button>
        <Button size="small" onClick={() => open('delete')} aria-label={`${s.deleteScenario}: ${name}`}>
          {s.deleteScenario}
        </Button>
      </div>
      {(mode === 'rename' || mode === 'duplicate') && (
        <div className={styles.line}>
          <Field
            label={mode === 'rename' ? s.renameToLabel : s.duplicateNameLabel}
            size="small"
            validationMessage={action.error ?? undefined}
          >
            <Input
              size="small"
              value={newName}
              onChange={(_, data) => setNewName(data.value)}
              onKeyDown={(e) => e.key === 'Enter' && void submit()}
            />
          </Field>
          <Button size="small" appearance="primary" disabled={action.pending} onClick={() => void submit()}>
            {mode === 'rename' ? s.renameScenario : s.duplicateScenario}
          </Button>
          <Button size="small" onClick={() => setMode(null)}>
            {s.cancel}
          </Button>
        </div>
      )}
      <Dialog open={mode === 'delete'} onOpenChange={(_, data) => !data.open && setMode(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.deleteScenario}</DialogTitle>
            <DialogContent>{s.confirmDelete(name)}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={async () => {
                  if (await action.run(() => session.deleteScenario(name))) setMode(null);
                }}
              >
                {s.confirm}
              </Button>
              <Button onClick={() => setMode(null)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
