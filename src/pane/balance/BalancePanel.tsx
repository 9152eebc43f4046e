// "Få budgeten att gå ihop": the proposals for the active scenario, each shown in full before
// anything is written; "Använd" writes one as a new scenario and makes it active.
import { useId, useMemo, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { balanceView, type BalanceProposal, type BalanceProposalView } from '../../session';
import { useAction, useSession, useSessionState, useStrings } from '../hooks';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  years: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  proposals: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  proposal: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  figure: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // A year's sentence wraps at 320 px; its amounts keep their digits together (non-breaking spaces).
  yearFigure: { fontVariantNumeric: 'tabular-nums' },
  yearNote: { color: tokens.colorNeutralForeground3 },
  over: { color: tokens.colorPaletteRedForeground1 },
  touched: { overflowWrap: 'anywhere' },
});

/** The button that opens the proposals, and the panel under it while open. */
export function BalanceEntry({ testId }: { testId: string }) {
  const s = useStrings();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div>
      <Button
        appearance={open ? 'secondary' : 'primary'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-testid={`${testId}-open`}
        onClick={() => setOpen(!open)}
      >
        {open ? s.balanceClose : s.balanceOpen}
      </Button>
      {!open && <Caption1 block>{s.balanceOpenHint}</Caption1>}
      {open && <BalancePanel id={panelId} testId={testId} />}
    </div>
  );
}

function BalancePanel({ id, testId }: { id: string; testId: string }) {
  const styles = useStyles();
  const session = useSession();
  const { input, result, lang, busy, incomplete } = useSessionState();
  const s = useStrings();
  const action = useAction();
  const notCutId = useId();
  // null: every decision year (the default target).
  const [chosen, setChosen] = useState<number[] | null>(null);
  const decisionYears = useMemo(
    () => (result?.decisionYears ?? []).filter((y) => result?.frame.some((f) => f.year === y)),
    [result],
  );
  // Errors stop proposals as they stop the decision: rows they left out would make a wrong round fit.
  const blocked = incomplete.errors.length > 0;
  // The session computes once per workbook state, active scenario and years; later renders reuse it.
  const outcome = input && !blocked ? session.balance(chosen) : null;
  const view = useMemo(
    () => (outcome ? balanceView(outcome, lang, result?.decisionYears ?? []) : null),
    [outcome, lang, result],
  );
  if (blocked)
    return (
      <section id={id} className={styles.panel} aria-label={s.balanceOpen} data-testid={`${testId}-panel`}>
        <MessageBar intent="error" layout="multiline" data-testid={`${testId}-incomplete`}>
          <MessageBarBody>
            {s.balanceIncomplete(incomplete.errors.length, incomplete.initiatives.join(', '))}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  if (!view || !outcome) return null;
  const toggle = (year: number, on: boolean) => {
    const now = new Set(chosen ?? decisionYears);
    if (on) now.add(year);
    else now.delete(year);
    const next = decisionYears.filter((y) => now.has(y));
    setChosen(next.length === decisionYears.length ? null : next);
  };
  const use = (proposal: BalanceProposal) => void action.run(() => session.applyProposal(proposal));
  return (
    <section id={id} className={styles.panel} aria-label={s.balanceOpen} data-testid={`${testId}-panel`}>
      <Caption1>{view.base}</Caption1>
      {decisionYears.length > 1 && (
        <fieldset className={styles.years}>
          <legend>
            <Caption1>{s.balanceYearsLabel}</Caption1>
          </legend>
          {decisionYears.map((year) => {
            const checked = (chosen ?? decisionYears).includes(year);
            return (
              <Checkbox
                key={year}
                label={String(year)}
                checked={checked}
                // The target needs at least one year.
                disabled={checked && (chosen ?? decisionYears).length === 1}
                onChange={(_, data) => toggle(year, data.checked === true)}
              />
            );
          })}
        </fieldset>
      )}
      <Body1 data-testid={`${testId}-target`}>{view.target}</Body1>
      {view.kind === 'fits' && (
        <MessageBar intent="success">
          <MessageBarBody>{s.balanceFits}</MessageBarBody>
        </MessageBar>
      )}
      {view.kind === 'infeasible' && (
        <MessageBar intent="warning" layout="multiline" data-testid={`${testId}-infeasible`}>
          <MessageBarBody>
            {s.balanceInfeasible}
            <ul className={styles.list}>
              {view.blocking.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {view.unmet && <Caption1>{view.unmet}</Caption1>}
      {view.kind === 'proposals' && (
        <ul className={styles.proposals}>
          {view.proposals.map((p, i) => (
            <li key={p.method}>
              <ProposalCard
                proposal={p}
                disabled={busy !== null || action.pending}
                onUse={() => use(outcome.proposals[i]!)}
              />
            </li>
          ))}
        </ul>
      )}
      {view.kind === 'proposals' && view.notCut.length > 0 && (
        <div data-testid={`${testId}-not-cut`}>
          <Caption1 id={notCutId}>{s.balanceNotCutHeading}</Caption1>
          <ul className={styles.list} aria-labelledby={notCutId}>
            {view.notCut.map((line) => (
              <li key={line}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {action.error && <Caption1>{action.error}</Caption1>}
    </section>
  );
}

function ProposalCard({
  proposal,
  disabled,
  onUse,
}: {
  proposal: BalanceProposalView;
  disabled: boolean;
  onUse: () => void;
}) {
  const styles = useStyles();
  const s = useStrings();
  const headingId = useId();
  return (
    <article
      className={styles.proposal}
      aria-labelledby={headingId}
      data-testid={`proposal-${proposal.method}`}
    >
      <Subtitle2 as="h3" id={headingId}>
        {proposal.title}
      </Subtitle2>
      {proposal.share && <Body1>{proposal.share}</Body1>}
      <Caption1>{proposal.rowsAdded}</Caption1>
      <Caption1>{s.balanceYearsHeading}</Caption1>
      <ul className={styles.list} data-testid="proposal-years">
        {proposal.years.map((y) => (
          <li key={y.year}>
            {`${y.year}: `}
            <span className={y.isOver ? styles.over : styles.yearFigure}>{y.figure}</span>
            {y.note && <span className={styles.yearNote}>{` (${y.note})`}</span>}
          </li>
        ))}
      </ul>
      <Caption1>{s.balanceTouchedHeading}</Caption1>
      {proposal.touched.length === 0 ? (
        <Caption1>{s.balanceTouchedNone}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="proposal-touched">
          {proposal.touched.map((t) => (
            <li key={t.initiative} className={styles.touched}>
              <strong>{t.initiative}</strong>
              <br />
              <span className={styles.figure}>{`${t.cut} (${t.percent})`}</span>
              <br />
              <Caption1 className={styles.figure}>{t.change}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button
          appearance="primary"
          size="small"
          disabled={disabled}
          aria-label={s.balanceUseLabel(proposal.scenario)}
          data-testid={`use-${proposal.method}`}
          onClick={onUse}
        >
          {s.balanceUse}
        </Button>
      </div>
    </article>
  );
}
