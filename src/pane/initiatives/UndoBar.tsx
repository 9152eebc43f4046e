import { Button, Toolbar } from '@fluentui/react-components';
import { useSession, useSessionState, useStrings } from '../hooks';

export function UndoBar() {
  const session = useSession();
  const { canUndo, canRedo, busy } = useSessionState();
  const s = useStrings();
  return (
    <Toolbar size="small" aria-label={`${s.undo} / ${s.redo}`}>
      <Button size="small" disabled={!canUndo || busy !== null} onClick={() => void session.undo()}>
        {s.undo}
      </Button>
      <Button size="small" disabled={!canRedo || busy !== null} onClick={() => void session.redo()}>
        {s.redo}
      </Button>
    </Toolbar>
  );
}
