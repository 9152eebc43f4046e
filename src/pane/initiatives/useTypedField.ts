// A field the user types a cut into. The session reads the text (the pane parses nothing); the
// field shows the value in effect again after every change to it, says when its text was not
// applied, and Escape puts the value in effect back.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldProps } from '@fluentui/react-components';
import type { FieldReading } from '../../session';
import type { LocalizedText } from '../../issues/types';
import { useSessionState, useStrings } from '../hooks';

export interface TypedField<T> {
  /** Applies what the field says, or shows why not (empty: no change; refused: the contract's words). */
  submit: () => void;
  /** Applies a value computed elsewhere (a ±5 step) after the session checked it. */
  submitReading: (reading: FieldReading<T>) => void;
  field: Pick<FieldProps, 'validationState' | 'validationMessage'>;
  input: {
    value: string;
    onChange: (_: unknown, data: { value: string }) => void;
    onFocus: () => void;
    onBlur: () => void;
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  };
}

export function useTypedField<T>(options: {
  /** The value in effect as the field shows it ("300,5"). */
  inEffect: string;
  /** The value in effect as a sentence shows it ("300,5 %"), for the "not applied" mark. */
  inEffectLabel: string;
  read: (text: string) => FieldReading<T>;
  apply: (value: T) => Promise<boolean>;
}): TypedField<T> {
  const { lang } = useSessionState();
  const s = useStrings();
  const { inEffect } = options;
  const [text, setText] = useState(inEffect);
  const [focused, setFocused] = useState(false);
  const [message, setMessage] = useState<{ state: 'error' | 'warning'; text: LocalizedText } | null>(null);
  const latest = useRef(inEffect);
  latest.current = inEffect;
  // A cut, an undo, someone else's edit or a language switch: the field shows what is in effect.
  useEffect(() => setText(inEffect), [inEffect]);

  const submitReading = (reading: FieldReading<T>) => {
    if (reading.kind !== 'value') {
      setMessage({ state: reading.kind === 'empty' ? 'warning' : 'error', text: reading.message });
      return;
    }
    setMessage(reading.warning ? { state: 'warning', text: reading.warning } : null);
    // Applied, the field shows the value now in effect ("300%" typed reads back as "300").
    void options.apply(reading.value).then((applied) => applied && setText(latest.current));
  };
  const submit = () => submitReading(options.read(text));
  const revert = () => {
    setText(inEffect);
    setMessage(null);
  };

  const unapplied = !focused && text !== inEffect;
  return {
    submit,
    submitReading,
    field: message
      ? { validationState: message.state, validationMessage: message.text[lang] }
      : unapplied
        ? { validationState: 'warning', validationMessage: s.notApplied(options.inEffectLabel) }
        : {},
    input: {
      value: text,
      onChange: (_, data) => {
        setText(data.value);
        setMessage(null);
      },
      onFocus: () => setFocused(true),
      onBlur: () => setFocused(false),
      onKeyDown: (e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          submit();
        } else if (e.key === 'Escape' && text !== inEffect) {
          e.preventDefault();
          revert();
        }
      },
    },
  };
}
