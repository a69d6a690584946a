// An accessible type-ahead picker (WAI-ARIA combobox with a listbox popup), for one value or
// several (shown as removable chips). Used for countries, organisations and people.
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchOptions } from './combobox';
import type { Option } from './combobox';
import type { ControlProps } from './Field';

export type ComboboxProps = ControlProps & {
  options: readonly Option[];
  /** Selected values (one at most unless `multiple`). */
  value: readonly string[];
  onChange: (value: string[]) => void;
  multiple?: boolean;
  placeholder?: string;
  /** Accessible name of each chip's remove button, e.g. "Remove Kenya". */
  removeLabel?: (label: string) => string;
};

export function Combobox({
  options,
  value,
  onChange,
  multiple = false,
  placeholder,
  removeLabel,
  ...control
}: ComboboxProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const available = useMemo(
    () =>
      matchOptions(
        multiple ? options.filter((o) => !value.includes(o.value)) : options,
        query,
      ),
    [options, query, value, multiple],
  );
  const single = !multiple ? byValue.get(value[0] ?? '') : undefined;

  const choose = (o: Option) => {
    onChange(multiple ? [...value, o.value] : [o.value]);
    setQuery('');
    setOpen(multiple);
    setActive(0);
  };

  return (
    <div className="combo">
      {multiple && value.length > 0 && (
        <ul className="chips" aria-label={t('common.selected')} style={{ listStyle: 'none', padding: 0, margin: '0 0 4px' }}>
          {value.map((v) => {
            const label = byValue.get(v)?.label ?? v;
            return (
              <li key={v} className="chip">
                {label}
                <button
                  type="button"
                  aria-label={removeLabel ? removeLabel(label) : t('common.removeItem', { item: label })}
                  onClick={() => {
                    onChange(value.filter((x) => x !== v));
                    inputRef.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        {...control}
        ref={inputRef}
        className="input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && available[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={!multiple && single ? single.label : placeholder}
        value={!multiple && !open ? (single?.label ?? '') : query}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setQuery('');
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
          if (!multiple && e.target.value === '' && value.length > 0) onChange([]);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, available.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && open && available[active]) {
            e.preventDefault();
            choose(available[active]);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
            setQuery('');
          } else if (e.key === 'Backspace' && multiple && query === '' && value.length > 0) {
            onChange(value.slice(0, -1));
          }
        }}
      />
      {open && (
        <ul className="combo__list" id={listId} role="listbox">
          {available.length === 0 ? (
            <li className="combo__empty" role="presentation">
              {t('common.noMatches')}
            </li>
          ) : (
            available.map((o, i) => (
              <li
                key={o.value}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="combo__option"
                // mousedown, not click: it must land before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span>{o.label}</span>
                {o.meta && <span className="combo__option-meta">{o.meta}</span>}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
