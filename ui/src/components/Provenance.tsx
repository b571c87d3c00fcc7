// One provenance tooltip for the whole page. Any element can ask to show an item on hover or
// keyboard focus; the item's text spans are also highlighted in the article. Escape hides it.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { ProvenanceItem } from '../lib/provenance.ts';

export const TIP_ID = 'provenance-tip';

interface Shown {
  item: ProvenanceItem;
  target: Element;
}

interface ProvenanceApi {
  shown: Shown | null;
  show(item: ProvenanceItem, target: Element): void;
  hide(key: string): void;
}

const Ctx = createContext<ProvenanceApi>({ shown: null, show: () => {}, hide: () => {} });

export function ProvenanceProvider({ children }: { children: ComponentChildren }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const show = useCallback((item: ProvenanceItem, target: Element) => setShown({ item, target }), []);
  const hide = useCallback((key: string) => setShown((s) => (s && s.item.key === key ? null : s)), []);
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setShown(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown]);
  const api = useMemo(() => ({ shown, show, hide }), [shown, show, hide]);
  return <Ctx.Provider value={api}>{children}</Ctx.Provider>;
}

/** The spans to highlight in the article: those of the item being shown. */
export function useActiveSpans() {
  const { shown } = useContext(Ctx);
  return shown ? (shown.item.highlight ?? shown.item.quotes) : [];
}

/** Props that make an element show `item` when hovered or focused (and focusable by Tab). */
export function useProvenance(item: ProvenanceItem) {
  const { shown, show, hide } = useContext(Ctx);
  const active = shown?.item.key === item.key;
  return {
    tabIndex: 0,
    'data-provenance': item.key,
    'aria-describedby': active ? TIP_ID : undefined,
    onMouseEnter: (e: MouseEvent) => show(item, e.currentTarget as Element),
    onMouseLeave: () => hide(item.key),
    onFocus: (e: FocusEvent) => show(item, e.currentTarget as Element),
    onBlur: () => hide(item.key),
  };
}

const MAX_QUOTE = 240;

export function ProvenanceTip() {
  const { shown } = useContext(Ctx);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!shown) return;
    // The tooltip follows its element when the page scrolls (focus scrolls elements into view).
    const onMove = () => setTick((t) => t + 1);
    window.addEventListener('scroll', onMove, { passive: true, capture: true });
    window.addEventListener('resize', onMove, { passive: true });
    return () => {
      window.removeEventListener('scroll', onMove, { capture: true });
      window.removeEventListener('resize', onMove);
    };
  }, [shown]);
  if (!shown || !shown.target.isConnected) return null;
  const { item } = shown;
  const rect = shown.target.getBoundingClientRect();
  const width = Math.min(420, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  // Below the element unless that would leave the window; then above it.
  const below = rect.bottom + 8;
  const style = below + 160 < window.innerHeight ? { top: `${below}px` } : { bottom: `${window.innerHeight - rect.top + 8}px` };
  return (
    <div id={TIP_ID} role="tooltip" class="provenance-tip" style={{ ...style, left: `${left}px`, maxWidth: `${width}px` }}>
      <p class="tip-title">{item.title}</p>
      {item.quotes.length > 0 && (
        <ul class="tip-quotes">
          {item.quotes.map((q) => (
            <li key={`${q.start}-${q.end}-${q.label ?? ''}`}>
              {q.label && <span class="tip-label">{q.label} </span>}
              <q>{q.text.length > MAX_QUOTE ? `${q.text.slice(0, MAX_QUOTE)}…` : q.text}</q>{' '}
              <span class="tip-offsets">
                chars {q.start}–{q.end}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="tip-rules">
        <span class="tip-label">rule{item.rules.length === 1 ? '' : 's'}: </span>
        {item.rules.length > 0 ? item.rules.map((r, i) => <code key={i}>{r}</code>) : 'none recorded'}
      </p>
      {item.notes.map((n, i) => (
        <p class="tip-note" key={i}>
          {n}
        </p>
      ))}
    </div>
  );
}
