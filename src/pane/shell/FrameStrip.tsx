// The frame strip: one compact line per decision year, in every view, that stays in sight while
// scrolling and cutting, with the change the last cut made; in Insatser, the chosen initiative's
// own years beside it. A screen reader hears the new figures once the cutting pauses.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Caption1, mergeClasses } from '@fluentui/react-components';
import { useStripStyles as useStyles, visuallyHidden } from './strip-styles';
import { frameChange, frameStripView, type LastChange, type SessionState } from '../../session';
import { useSessionState, useStrings } from '../hooks';
import { IncompleteMark } from '../incomplete';

/** Quick steps (the ± buttons) are announced once, after this pause. */
const ANNOUNCE_AFTER_MS = 700;

/** The change the last cut made, kept until the next change. */
function useLastChange(result: SessionState['result']): LastChange | null {
  const [last, setLast] = useState<LastChange | null>(null);
  const previous = useRef<SessionState['result']>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = result;
    if (!before || !result) return;
    // Another scenario is another set of figures, not a change to them.
    if (before.scenario !== result.scenario) return setLast(null);
    const change = frameChange(before, result);
    // A re-read that changed nothing keeps the last cut's change in view.
    if (change) setLast({ change });
  }, [result]);
  return last;
}

export function FrameStrip({ initiative }: { initiative: string | null }) {
  const styles = useStyles();
  const s = useStrings();
  const { result, lang, incomplete, notice } = useSessionState();
  const last = useLastChange(result);
  const view = useMemo(
    () =>
      result && result.frame.length > 0 ? frameStripView(result, lang, incomplete, last, initiative) : null,
    [result, lang, incomplete, last, initiative],
  );
  const announcement = view?.announcement ?? '';
  const [spoken, setSpoken] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);
  const said = useRef<{ announcement: string | null; notice: unknown; told: string }>({
    announcement: null,
    notice,
    told: '',
  });
  useEffect(() => {
    const before = said.current;
    // A notice that came with the change (e.g. the scenario a first cut created) is said first,
    // also when more steps follow before the pause.
    const fresh = notice && notice !== before.notice && notice.kind === 'info' ? `${notice.text[lang]} ` : '';
    said.current = { announcement: announcement || null, notice, told: fresh || before.told };
    // The first figures are on screen already; announce changes only.
    if (!announcement || before.announcement === null || announcement === before.announcement) return;
    // A new change restarts the pause: quick steps are said once, with the last figures.
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setSpoken(`${said.current.told}${announcement}`);
      said.current.told = '';
    }, ANNOUNCE_AFTER_MS);
  }, [announcement, notice, lang]);
  return (
    <>
      <div aria-live="polite" role="status" style={visuallyHidden} data-testid="live-region">
        {spoken}
      </div>
      {view && (
        <section className={styles.strip} aria-label={s.stripLabel} data-testid="frame-strip">
          <div className={styles.line}>
            {view.items.map((item) => (
              <span key={item.year} className={styles.item} data-testid={`strip-${item.year}`}>
                {`${item.year} · `}
                <span
                  className={item.figure.isOver ? styles.over : styles.room}
                  data-state={item.figure.isOver ? 'over' : 'room'}
                >
                  {item.figure.text}
                </span>
                {item.change && <span className={styles.change}>{` (${item.change})`}</span>}
                {item.incomplete && (
                  <>
                    {' '}
                    <IncompleteMark />
                  </>
                )}
              </span>
            ))}
          </div>
          {view.initiative && view.initiative.years.length > 0 && (
            <div className={mergeClasses(styles.line, styles.own)} data-testid="strip-initiative">
              <span className={styles.name}>{s.stripInitiative(view.initiative.name)}</span>
              {view.initiative.years.map((y) => (
                <span key={y.year} className={styles.item}>
                  {`${y.year} · ${y.amount}`}
                </span>
              ))}
            </div>
          )}
          {view.items.some((i) => i.change) && (
            <Caption1 className={styles.change}>{s.stripChangeNote}</Caption1>
          )}
        </section>
      )}
    </>
  );
}
