// Fluent's small tint danger Badge (the "incomplete" mark) in plain CSS, for what the first paint
// draws; the pane's IncompleteBadge is Fluent's own.
import { useFirstPaintStyle } from './style';

export function PlainBadge({ label }: { label: string }) {
  useFirstPaintStyle();
  return (
    <span className="fp-badge fp-badge-small fp-badge-danger" data-testid="incomplete-mark">
      {label}
    </span>
  );
}
