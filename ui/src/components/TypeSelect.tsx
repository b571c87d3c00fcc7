// The event-type picker of every filter form (events, stories, watches): every type of
// data/events.json in alphabetical order, in the words the tables use, with "any type" first.
import { types as EVENT_TYPES } from '../../../data/events.json';
import { humanType } from '../lib/labels.ts';

const TYPES = Object.keys(EVENT_TYPES).sort();

export function TypeSelect({ id, value, onChange }: { id: string; value: string; onChange: (type: string) => void }) {
  return (
    <select id={id} name="type" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
      <option value="">any type</option>
      {TYPES.map((t) => (
        <option key={t} value={t}>
          {humanType(t)}
        </option>
      ))}
    </select>
  );
}
