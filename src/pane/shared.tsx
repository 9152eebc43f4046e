// Small layout pieces the views share.
import type { HTMLAttributes, ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  number: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
    // A header cell's text sits in an inner flex box.
    '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end', textAlign: 'right' },
    // Column names may wrap; figures may not.
    '&.fui-TableHeaderCell': { whiteSpace: 'normal' },
  },
  // Figures never wrap, names do; the ScrollArea scrolls when even that is too wide.
  table: { tableLayout: 'auto', width: '100%' },
  stacked: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      paddingTop: '2px',
      paddingBottom: '2px',
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
      verticalAlign: 'top',
    },
  },
  columnHeader: {
    textAlign: 'right',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    verticalAlign: 'bottom',
  },
  groupHeader: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeader: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  figure: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // A percentage under its amount, so that two figures fit one narrow cell.
  // It may wrap ("4,6 % av tillgängligt"), so that two figure columns fit a 320 px pane.
  note: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'normal' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
});

/** A wide table that scrolls sideways in a narrow pane; focusable so the keyboard can scroll it. */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** One figure in a stacked table, optionally with a note (a percentage) on the line under it. */
export interface StackedCell {
  figure: string;
  note?: string;
}

export interface StackedGroup {
  key: string;
  heading: string;
  testId?: string;
  /** Rows of figures under the heading; a row's label is its row header, if it has one. */
  rows: Array<{ label?: string; cells: StackedCell[] }>;
}

/**
 * A table for a narrow pane: each group (a year, an initiative) gets a heading row of its own and
 * its figures on the rows under it, so that only the figure columns share the width. A row with
 * fewer cells than columns spans its last cell across the rest.
 */
export function StackedTable({
  label,
  corner,
  columns,
  groups,
}: {
  label: string;
  /** The heading over the row labels ('' for none); null when no row has a label. */
  corner: string | null;
  columns: string[];
  groups: StackedGroup[];
}) {
  const styles = useStyles();
  return (
    <ScrollArea label={label}>
      <table className={styles.stacked} aria-label={label}>
        <thead>
          <tr>
            {corner !== null &&
              (corner ? (
                <th scope="col" className={styles.rowHeader}>
                  {corner}
                </th>
              ) : (
                <td />
              ))}
            {columns.map((c) => (
              <th key={c} scope="col" className={styles.columnHeader}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key} data-testid={g.testId}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={columns.length + (corner !== null ? 1 : 0)}
                className={styles.groupHeader}
              >
                {g.heading}
              </th>
            </tr>
            {g.rows.map((row, i) => (
              <tr key={i}>
                {corner !== null && (
                  <th scope="row" className={styles.rowHeader}>
                    {row.label}
                  </th>
                )}
                {row.cells.map((cell, j) => (
                  <td
                    key={j}
                    className={styles.figure}
                    colSpan={j === row.cells.length - 1 ? columns.length - row.cells.length + 1 : undefined}
                  >
                    {cell.figure}
                    {cell.note && <span className={styles.note}>{cell.note}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </ScrollArea>
  );
}

export function useNumberCell(): string {
  return useStyles().number;
}

export function useTableClass(): string {
  return useStyles().table;
}

export function Section({
  heading,
  children,
  level = 2,
}: {
  heading: string;
  children: ReactNode;
  level?: 2 | 3;
}) {
  const styles = useStyles();
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.section} aria-label={heading}>
      <H style={{ margin: 0, fontSize: level === 2 ? tokens.fontSizeBase400 : tokens.fontSizeBase300 }}>
        {heading}
      </H>
      {children}
    </section>
  );
}

const usePlainListStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  xs: { gap: tokens.spacingVerticalXS },
  s: { gap: tokens.spacingVerticalS },
  m: { gap: tokens.spacingVerticalM },
});

/** A vertical list without bullets: the pane's lists of initiatives, statuses, scenarios, issues, decisions. */
export function PlainList({
  gap = 's',
  className,
  children,
  ...rest
}: { gap?: 'xs' | 's' | 'm'; children: ReactNode } & HTMLAttributes<HTMLUListElement>) {
  const styles = usePlainListStyles();
  return (
    <ul {...rest} className={mergeClasses(styles.list, styles[gap], className)}>
      {children}
    </ul>
  );
}
