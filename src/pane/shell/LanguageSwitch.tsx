import { Field, Select, useId } from '@fluentui/react-components';
import type { Language } from '../../issues/types';
import { useSession, useSessionState, useStrings } from '../hooks';

export function LanguageSwitch() {
  const session = useSession();
  const { lang } = useSessionState();
  const s = useStrings();
  const id = useId('language');
  return (
    <Field label={s.languageLabel} size="small">
      <Select
        id={id}
        size="small"
        value={lang}
        onChange={(_, data) => void session.setLanguage(data.value as Language)}
      >
        <option value="sv" lang="sv">
          {s.languageSwedish}
        </option>
        <option value="en" lang="en">
          {s.languageEnglish}
        </option>
      </Select>
    </Field>
  );
}
