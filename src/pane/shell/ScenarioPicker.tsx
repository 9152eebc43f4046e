import { Field, Select } from '@fluentui/react-components';
import { useSession, useSessionState, useStrings } from '../hooks';

/** The active scenario, or the application itself (no adjustments). */
export function ScenarioPicker() {
  const session = useSession();
  const { scenarios, activeScenario } = useSessionState();
  const s = useStrings();
  const APPLICATION = '';
  return (
    <Field label={s.activeScenarioLabel} size="small">
      <Select
        size="small"
        value={activeScenario ?? APPLICATION}
        onChange={(_, data) => void session.chooseScenario(data.value === APPLICATION ? null : data.value)}
      >
        <option value={APPLICATION}>{s.applicationName}</option>
        {scenarios.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
