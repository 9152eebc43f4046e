// A polite live region: after a change to the figures, a screen reader hears the new headline.
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
  const { result, lang } = useSessionState();
  const announcement = useMemo(() => (result ? overviewView(result, lang).announcement : ''), [result, lang]);
  const [spoken, setSpoken] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (!announcement) return;
    // The first figures are on screen already; announce changes only.
    if (first.current) {
      first.current = false;
      return;
    }
    setSpoken(announcement);
  }, [announcement]);
  return (
    <div aria-live="polite" role="status" style={visuallyHidden} data-testid="live-region">
      {spoken}
    </div>
  );
}
