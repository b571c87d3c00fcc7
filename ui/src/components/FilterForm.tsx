// The filter form of the store's lists (events, stories): labelled inputs with a hint each, the
// event-type picker where the list has a type, "Show …" and "Clear filters". The draft is local
// until the form is submitted; a change of the applied filters (Back, a link) resets it.
import { useEffect, useState } from 'preact/hooks';
import { TypeSelect } from './TypeSelect.tsx';

export interface FilterField<K extends string> {
  key: K;
  label: string;
  hint: string;
  /** 'type' is the event-type picker; the others are <input> types. */
  input?: 'text' | 'date' | 'number' | 'type';
  placeholder?: string;
  /** A fixed set of values: a <select> of them (the first, value '', is "no filter"). */
  choices?: Array<{ value: string; label: string }>;
}

export function FilterForm<K extends string>({
  idPrefix,
  fields,
  filters,
  onApply,
  submitLabel,
}: {
  idPrefix: string;
  fields: Array<FilterField<K>>;
  filters: Partial<Record<K, string>>;
  onApply: (f: Partial<Record<K, string>>) => void;
  submitLabel: string;
}) {
  const [draft, setDraft] = useState<Partial<Record<K, string>>>(filters);
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <div class="filter-grid">
        {fields.map(({ key, label, hint, input = 'text', placeholder = '', choices }) => {
          const id = `${idPrefix}-${key}`;
          if (choices) {
            return (
              <div class="filter" key={key}>
                <label for={id}>{label}</label>
                <select id={id} name={key} value={draft[key] ?? ''} aria-describedby={`${id}-hint`} onChange={(e) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLSelectElement).value })}>
                  {choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
                <span id={`${id}-hint`} class="hint">
                  {hint}
                </span>
              </div>
            );
          }
          if (input === 'type') {
            return (
              <div class="filter" key={key}>
                <label for={id}>{label}</label>
                <TypeSelect id={id} value={draft[key] ?? ''} onChange={(value) => setDraft({ ...draft, [key]: value })} />
              </div>
            );
          }
          return (
            <div class="filter" key={key}>
              <label for={id}>{label}</label>
              <input
                id={id}
                name={key}
                type={input as 'text'}
                min={input === 'number' ? 1 : undefined}
                value={draft[key] ?? ''}
                placeholder={placeholder}
                aria-describedby={`${id}-hint`}
                onInput={(e) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value })}
              />
              <span id={`${id}-hint`} class="hint">
                {hint}
              </span>
            </div>
          );
        })}
      </div>
      <button type="submit" class="primary">
        {submitLabel}
      </button>{' '}
      <button type="button" class="link-button" onClick={() => onApply({})}>
        Clear filters
      </button>
    </form>
  );
}
