// Two scenarios (or a scenario and the application) per year and per initiative.
import { useMemo, useState } from 'react';
import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { compareView, type CompareRow } from '../../session';
import { useSession, useSessionState, useStrings } from '../hooks';
import { ScrollArea, Section, useNumberCell, useTableClass } from '../shared';

const APPLICATION = '\u0000';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function CompareScenarios() {
  const styles = useStyles();
  const session = useSession();
  const state = useSessionState();
  const s = useStrings();
  const num = useNumberCell();
  const tableClass = useTableClass();
  const [left, setLeft] = useState<string>(APPLICATION);
  const [right, setRight] = useState<string>(state.activeScenario ?? state.scenarios[0] ?? APPLICATION);
  const view = useMemo(() => {
    const a = session.resultFor(left === APPLICATION ? null : left);
    const b = session.resultFor(right === APPLICATION ? null : right);
    return a && b ? compareView(a, b, state.lang) : null;
    // The session's results change with state.version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, left, right, state.version, state.lang]);
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
    <ScrollArea label={`${s.compareHeading}: ${heading}`}>
      <Table className={tableClass} size="extra-small" aria-label={`${s.compareHeading}: ${heading}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{heading}</TableHeaderCell>
            <TableHeaderCell className={num}>{view!.leftName}</TableHeaderCell>
            <TableHeaderCell className={num}>{view!.rightName}</TableHeaderCell>
            <TableHeaderCell className={num}>{s.differenceColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.label}>
              <TableCell>{r.label}</TableCell>
              <TableCell className={num}>{r.left}</TableCell>
              <TableCell className={num}>{r.right}</TableCell>
              <TableCell className={num}>{r.difference}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollArea>
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
      {view && table(s.yearColumn, [...view.years, view.total])}
      {view && table(s.initiativeColumn, view.initiatives)}
    </Section>
  );
}
