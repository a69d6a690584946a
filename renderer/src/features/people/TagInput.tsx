// A list of short entries (tags, themes, languages) typed as text: Enter or a comma turns the
// text into a chip, Backspace in the empty input removes the last one. Suggestions come from a
// datalist, so the browser's own type-ahead offers entries used elsewhere in the workspace.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from '../../ui/Field';
import { addTags } from './personForm';

export type TagInputProps = ControlProps & {
  value: readonly string[];
  onChange: (value: string[]) => void;
  suggestions?: readonly string[];
  placeholder?: string;
};

export function TagInput({ value, onChange, suggestions, placeholder, ...control }: TagInputProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const commit = (raw: string) => {
    const next = addTags(value, raw);
    if (next.length !== value.length) onChange(next);
    setText('');
  };

  return (
    <div className="tag-input">
      {value.length > 0 && (
        <ul className="chips tag-input__chips" aria-label={t('common.selected')}>
          {value.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button
                type="button"
                aria-label={t('common.removeItem', { item: tag })}
                onClick={() => {
                  onChange(value.filter((x) => x !== tag));
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...control}
        ref={inputRef}
        className="input"
        value={text}
        placeholder={placeholder}
        list={suggestions && suggestions.length > 0 ? listId : undefined}
        autoComplete="off"
        onChange={(e) => {
          const next = e.target.value;
          // A pasted "a, b, c" or a typed comma commits everything before the last comma.
          if (next.includes(',')) {
            const cut = next.lastIndexOf(',');
            const rest = next.slice(cut + 1);
            const added = addTags(value, next.slice(0, cut));
            if (added.length !== value.length) onChange(added);
            setText(rest.trimStart());
          } else {
            setText(next);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // Enter adds the entry; it must not submit the form.
            e.preventDefault();
            if (text.trim() !== '') commit(text);
          } else if (e.key === 'Backspace' && text === '' && value.length > 0) {
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={() => {
          if (text.trim() !== '') commit(text);
        }}
      />
      {suggestions && suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions
            .filter((s) => !value.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      )}
    </div>
  );
}
