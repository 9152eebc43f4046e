// Small layout pieces the views share.
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

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
