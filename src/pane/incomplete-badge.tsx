// The "incomplete" badge itself, with its word given: also drawn by the first paint, which has no
// session (and so no strings catalogue) yet.
import { Badge } from '@fluentui/react-components';

export function IncompleteBadge({ label }: { label: string }) {
  return (
    <Badge appearance="tint" color="danger" size="small" data-testid="incomplete-mark">
      {label}
    </Badge>
  );
}
