// A hold's control: whether the initiative or role is held and what the toggle says. Null where
// no hold is offered (granted or rejected initiatives: a proposal never touches them anyway).
import type { BudgetInput } from '../../engine/types';
import type { Language } from '../../issues/types';
import { stringsFor } from '../../i18n';
import { canHold, isHeld, type HoldTarget } from '../holds';

export interface HoldControl {
  held: boolean;
  /** The toggle's label: "Lås Coach" / "Lås upp Coach". */
  label: string;
  badge: string;
  hint: string;
}

export function holdControl(input: BudgetInput, target: HoldTarget, lang: Language): HoldControl | null {
  if (!canHold(input, target.initiative)) return null;
  const s = stringsFor(lang);
  const held = isHeld(input, target);
  const label =
    target.role === null
      ? (held ? s.releaseInitiative : s.holdInitiative)(target.initiative)
      : (held ? s.releaseRole : s.holdRole)(target.role);
  return { held, label, badge: s.heldBadge, hint: s.holdHint };
}
