// The decision years lead Översikt: per year, room or excess against the frame in kronor and in %
// of that year's available funds, applied and proposed side by side, and bars on one scale for all
// the years with the frame drawn as a line. The bars repeat the figures and are hidden from
// screen readers. Its words come as props, and its look is the first paint's plain stylesheet
// (src/pane/first-paint/style.ts), not Fluent's: the first paint draws it too, before the session,
// the strings catalogue and Fluent have loaded, and the two must look the same.
import type { DecisionYearsView, FrameFigure } from '../../session/views/frame';
import { FIGURE_COLOURS } from '../../session/views/colours';
import { PlainBadge } from '../first-paint/PlainBadge';
import { useFirstPaintStyle } from '../first-paint/style';

export interface DecisionYearsLabels {
  appliedColumn: string;
  proposedColumn: string;
  availableColumn: string;
  incompleteMark: string;
}

export function DecisionYears({ view, labels: s }: { view: DecisionYearsView; labels: DecisionYearsLabels }) {
  useFirstPaintStyle();
  const cell = (figure: FrameFigure) => (
    <td className="fp-figure">
      <span
        className={`fp-amount ${figure.isOver ? 'fp-over' : 'fp-room'}`}
        data-state={figure.isOver ? 'over' : 'room'}
      >
        {figure.text}
      </span>
      <span className="fp-share">{figure.percent}</span>
    </td>
  );
  const swatch = (figure: 'applied' | 'proposed') => (
    <span
      aria-hidden
      className={`fp-swatch fp-swatch-${figure}`}
      style={{ backgroundColor: FIGURE_COLOURS[figure] }}
    />
  );
  return (
    <table className="fp-years" aria-label={view.heading} data-testid="decision-years-table">
      <thead>
        <tr>
          <th scope="col" className="fp-column">
            {swatch('applied')}
            {s.appliedColumn}
          </th>
          <th scope="col" className="fp-column">
            {swatch('proposed')}
            {s.proposedColumn}
          </th>
        </tr>
      </thead>
      {view.years.map((y) => (
        <tbody key={y.year} data-testid={`decision-year-${y.year}`}>
          <tr>
            <th scope="rowgroup" colSpan={2} className="fp-year">
              <span className="fp-year-number">{y.year}</span>
              {` · ${s.availableColumn} ${y.available} `}
              {y.incomplete && <PlainBadge label={s.incompleteMark} />}
            </th>
          </tr>
          <tr>
            {cell(y.appliedFrame)}
            {cell(y.proposedFrame)}
          </tr>
          <tr aria-hidden>
            <td colSpan={2}>
              <div className="fp-track">
                <span
                  className="fp-bar fp-bar-applied"
                  data-testid="bar-applied"
                  style={{
                    top: 0,
                    width: `${y.bars.applied * 100}%`,
                    backgroundColor: FIGURE_COLOURS.applied,
                  }}
                />
                <span
                  className="fp-bar fp-bar-proposed"
                  data-testid="bar-proposed"
                  style={{
                    top: '12px',
                    width: `${y.bars.proposed * 100}%`,
                    backgroundColor: FIGURE_COLOURS.proposed,
                  }}
                />
                <span
                  className="fp-frame"
                  data-testid="frame-line"
                  style={{ left: `${y.bars.frame * 100}%` }}
                />
              </div>
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
