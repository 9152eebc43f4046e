// The mark on every figure of an initiative (or year) whose input has errors: rows are missing.
import { Badge } from '@fluentui/react-components';
import { useStrings } from './hooks';

export function IncompleteMark() {
  const s = useStrings();
  return (
    <Badge appearance="tint" color="danger" size="small" data-testid="incomplete-mark">
      {s.incompleteMark}
    </Badge>
  );
}
