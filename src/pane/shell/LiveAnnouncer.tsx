// A polite live region: after a change to the figures, a screen reader hears the new headline (and
// the notice that came with it, e.g. which scenario the first cut was saved in).
import { useEffect, useMemo, useRef, useState } from 'react';
import { overviewView } from '../../session';
import { useSessionState } from '../hooks';

const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export function LiveAnnouncer() {
  const { result, lang, notice } = useSessionState();
  const announcement = useMemo(() => (result ? overviewView(result, lang).announcement : ''), [result, lang]);
  const [spoken, setSpoken] = useState('');
  const said = useRef<{ announcement: string | null; notice: unknown }>({ announcement: null, notice });
  useEffect(() => {
    const before = said.current;
    said.current = { announcement: announcement || null, notice };
    // The first figures are on screen already; announce changes only.
    if (!announcement || before.announcement === null) return;
    if (announcement === before.announcement) return;
    // A notice that came with the change (e.g. the scenario a first cut created) is said first.
    const told = notice && notice !== before.notice && notice.kind === 'info' ? `${notice.text[lang]} ` : '';
    setSpoken(`${told}${announcement}`);
  }, [announcement, notice, lang]);
  return (
    <div aria-live="polite" role="status" style={visuallyHidden} data-testid="live-region">
      {spoken}
    </div>
  );
}
