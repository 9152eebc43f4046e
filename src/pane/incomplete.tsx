// The mark on every figure of an initiative (or year) whose input has errors: rows are missing.
import { useStrings } from './hooks';
import { IncompleteBadge } from './incomplete-badge';

export function IncompleteMark() {
  const s = useStrings();
  return <IncompleteBadge label={s.incompleteMark} />;
}
