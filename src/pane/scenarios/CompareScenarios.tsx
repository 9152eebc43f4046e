// Two scenarios (or a scenario and the application) per year and per initiative.
import { useMemo, useState } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { compareView, type CompareRow } from '../../session';
import { useSession, useSessionState, useStrings } from '../hooks';
import { Section, StackedTable } from '../shared';

const APPLICATION = '\u0000';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function CompareScenarios() {
  const styles = useStyles();
  const session = useSession();
  const state = useSessionState();
  const s = useStrings();
  const [left, setLeft] = useState<string>(APPLICATION);
  const [right, setRight] = useState<string>(state.activeScenario ?? state.scenarios[0] ?? APPLICATION);
  const view = useMemo(() => {
    const a = session.resultFor(left === APPLICATION ? null : left);
    const b = session.resultFor(right === APPLICATION ? null : right);
    return a && b ? compareView(a, b, state.lang, state.incomplete) : null;
    // The session's results change with state.version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, left, right, state.version, state.lang, state.incomplete]);
  const options = [
    <option key={APPLICATION} value={APPLICATION}>
      {s.applicationName}
    </option>,
    ...state.scenarios.map((n) => (
      <option key={n} value={n}>
        {n}
      </option>
    )),
  ];
  const table = (heading: string, rows: CompareRow[]) => (
    <StackedTable
      label={`${s.compareHeading}: ${heading}`}
      corner=""
      columns={[view!.leftName, view!.rightName]}
      groups={rows.map((r) => ({
        key: r.label,
        heading: r.incomplete ? `${r.label} · ${s.incompleteMark}` : r.label,
        rows: [
          { label: s.amountRow, cells: [{ figure: r.left }, { figure: r.right }] },
          { label: s.differenceColumn, cells: [{ figure: r.difference }] },
        ],
      }))}
    />
  );
  return (
    <Section heading={s.compareHeading}>
      <div className={styles.line}>
        <Field label={s.compareLeft} size="small">
          <Select size="small" value={left} onChange={(_, d) => setLeft(d.value)}>
            {options}
          </Select>
        </Field>
        <Field label={s.compareRight} size="small">
          <Select size="small" value={right} onChange={(_, d) => setRight(d.value)}>
            {options}
          </Select>
        </Field>
      </div>
      {view && view.frame.length > 0 && (
        <StackedTable
          label={`${s.compareHeading}: ${s.againstFrameRow}`}
          corner={null}
          columns={[view.leftName, view.rightName]}
          groups={view.frame.map((y) => ({
            key: String(y.year),
            heading: y.incomplete
              ? `${y.year} · ${s.againstFrameRow} · ${s.incompleteMark}`
              : `${y.year} · ${s.againstFrameRow}`,
            testId: `compare-frame-${y.year}`,
            rows: [
              {
                cells: [
                  { figure: y.left.text, note: y.left.percent },
                  { figure: y.right.text, note: y.right.percent },
                ],
              },
            ],
          }))}
        />
      )}
      {view && table(s.yearColumn, [...view.years, view.total])}
      {view && table(s.initiativeColumn, view.initiatives)}
    </Section>
  );
}
