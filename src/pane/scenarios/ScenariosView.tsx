// Scenarier: create, duplicate, rename, delete and choose; compare two side by side.
import { useState } from 'react';
import { Badge, Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Refusal, sameName } from '../../session';
import { useAction, useSession, useSessionState, useStrings } from '../hooks';
import { Section, PlainList } from '../shared';
import { ScenarioItem } from './ScenarioItem';
import { CompareScenarios } from './CompareScenarios';
import { BalanceEntry } from '../balance/BalancePanel';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end' },
});

export function ScenariosView() {
  const styles = useStyles();
  const session = useSession();
  const { scenarios, activeScenario, input } = useSessionState();
  const s = useStrings();
  const action = useAction();
  const [name, setName] = useState('');
  const create = async () => {
    const problem = session.scenarioNameProblem(name);
    if (problem) {
      await action.run(() => Promise.reject(new Refusal(problem)));
      return;
    }
    if (await action.run(() => session.createScenario(name))) setName('');
  };
  const count = (scenario: string) =>
    input?.adjustments.filter((a) => sameName(a.scenario, scenario)).length ?? 0;
  return (
    <>
      <Section heading={s.scenariosHeading}>
        <PlainList>
          <li>
            <strong>{s.applicationName}</strong>{' '}
            {activeScenario === null && <Badge appearance="tint">{s.activeTag}</Badge>}
            {activeScenario !== null && (
              <div>
                <Button
                  size="small"
                  onClick={() => void session.chooseScenario(null)}
                  aria-label={s.chooseScenario(s.applicationName)}
                >
                  {s.chooseScenario(s.applicationName)}
                </Button>
              </div>
            )}
          </li>
          {scenarios.map((scenario) => (
            <li key={scenario}>
              <ScenarioItem
                name={scenario}
                active={activeScenario !== null && sameName(activeScenario, scenario)}
                adjustments={count(scenario)}
              />
            </li>
          ))}
        </PlainList>
        <div className={styles.line}>
          <Field label={s.newScenarioLabel} size="small" validationMessage={action.error ?? undefined}>
            <Input
              size="small"
              value={name}
              placeholder={s.defaultScenarioName}
              onChange={(_, data) => setName(data.value)}
              onKeyDown={(e) => e.key === 'Enter' && void create()}
            />
          </Field>
          <Button size="small" appearance="primary" disabled={action.pending} onClick={() => void create()}>
            {s.createScenario}
          </Button>
        </div>
        <Caption1>{s.noScenarioHint}</Caption1>
      </Section>
      <Section heading={s.balanceOpen}>
        <BalanceEntry testId="scenarios-balance" />
      </Section>
      <CompareScenarios />
    </>
  );
}
