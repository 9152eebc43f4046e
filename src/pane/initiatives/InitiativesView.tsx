// Insatser: the list; choosing one opens its roles and the cut controls.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { initiativesView } from '../../session';
import { useSessionState, useStrings } from '../hooks';
import { Section, PlainList } from '../shared';
import { InitiativeDetailView } from './InitiativeDetailView';
import { UndoBar } from './UndoBar';
import { useNavigation } from '../shell/navigation';
import { IncompleteMark } from '../incomplete';

const useStyles = makeStyles({
  button: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  body: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px', minWidth: 0 },
  groupHeading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
  },
});

export function InitiativesView() {
  const styles = useStyles();
  const { result, lang, incomplete } = useSessionState();
  const s = useStrings();
  const [open, setOpen] = useState<string | null>(null);
  // Back from an initiative, the keyboard lands on its button again, not at the top of the page.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const returnRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (!open && returnTo) returnRef.current?.focus();
  }, [open, returnTo]);
  // The frame strip shows the open initiative's own years beside the frame.
  const { chooseInitiative } = useNavigation();
  useEffect(() => {
    chooseInitiative(open);
    return () => chooseInitiative(null);
  }, [open, chooseInitiative]);
  const items = useMemo(
    () => (result ? initiativesView(result, lang, incomplete) : []),
    [result, lang, incomplete],
  );
  if (open && items.some((i) => i.name === open))
    return (
      <InitiativeDetailView
        name={open}
        onBack={() => {
          setReturnTo(open);
          setOpen(null);
        }}
      />
    );
  // Issue 13: this round's applications first; granted and rejected initiatives grouped apart.
  const groups = [
    { key: 'application', heading: null, items: items.filter((i) => i.roundStatus === 'application') },
    { key: 'granted', heading: s.grantedGroup, items: items.filter((i) => i.roundStatus === 'granted') },
    { key: 'rejected', heading: s.rejectedGroup, items: items.filter((i) => i.roundStatus === 'rejected') },
  ].filter((g) => g.items.length > 0);
  return (
    <Section heading={s.initiativesHeading}>
      <UndoBar />
      {groups.map((group) => (
        <div key={group.key} data-testid={`initiatives-${group.key}`}>
          {group.heading && <h3 className={styles.groupHeading}>{group.heading}</h3>}
          <PlainList gap="xs">
            {group.items.map((item) => (
              <li key={item.name}>
                <Button
                  className={styles.button}
                  appearance="subtle"
                  ref={item.name === returnTo ? returnRef : undefined}
                  onClick={() => setOpen(item.name)}
                >
                  <span className={styles.body}>
                    <strong>{item.name}</strong>
                    {item.incomplete && <IncompleteMark />}
                    <Caption1>{[item.owner, item.period].filter(Boolean).join(' · ')}</Caption1>
                    <Caption1>{`${s.appliedColumn} ${item.applied} · ${s.proposedColumn} ${item.proposed}`}</Caption1>
                    {item.roundStatus === 'granted' && (
                      <Badge appearance="tint" color="informative">
                        {s.statusGranted}
                      </Badge>
                    )}
                    {item.roundStatus === 'rejected' && (
                      <Badge appearance="tint" color="subtle">
                        {s.statusRejected}
                      </Badge>
                    )}
                    {item.removed && (
                      <Badge appearance="tint" color="subtle">
                        {s.statusRemoved}
                      </Badge>
                    )}
                    {!item.removed && item.adjusted && (
                      <Badge appearance="outline" color="brand">
                        {s.statusAdjusted}
                      </Badge>
                    )}
                  </span>
                </Button>
              </li>
            ))}
          </PlainList>
        </div>
      ))}
    </Section>
  );
}
