import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { endStartingBy, firstEndingFrom, firstStartingAt, firstStartingFrom } from './span-order.ts';
import { analyze } from '../analyze.ts';
import { defaultPipeline } from '../pipeline/components.ts';
import type { Doc } from './types.ts';

// span-order.ts finds a document's mentions by position with binary search; every answer must be
// the one a walk of the whole list gives, in list order, sorted or not. Sentences are our own.

type S = { start: number; end: number; id: number };
const spans = (xs: Array<[number, number]>): S[] => xs.map(([start, end], id) => ({ start, end, id }));

/** The items a walk of the whole list finds inside [from, to], and the helper's window over it. */
function inside(list: readonly S[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstStartingFrom(list, from), stop = endStartingBy(list, to); i < stop; i++) if (list[i].start >= from && list[i].end <= to) out.push(list[i].id);
  return out;
}
function holding(list: readonly S[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = firstEndingFrom(list, end), stop = endStartingBy(list, start); i < stop; i++) if (list[i].start <= start && end <= list[i].end) out.push(list[i].id);
  return out;
}
const scanInside = (list: readonly S[], from: number, to: number) => list.filter((s) => s.start >= from && s.end <= to).map((s) => s.id);
const scanHolding = (list: readonly S[], start: number, end: number) => list.filter((s) => s.start <= start && end <= s.end).map((s) => s.id);

function agreeEverywhere(list: readonly S[], upTo: number): void {
  for (let a = 0; a <= upTo; a++) {
    for (let b = a; b <= upTo; b++) {
      assert.deepEqual(inside(list, a, b), scanInside(list, a, b), `inside ${a}-${b}`);
      assert.deepEqual(holding(list, a, b), scanHolding(list, a, b), `holding ${a}-${b}`);
    }
    assert.equal(firstStartingAt(list, a)?.id, list.find((s) => s.start === a)?.id, `at ${a}`);
  }
}

describe('span-order', () => {
  // Lists of fewer than 64 items are walked whole: these are longer, so the binary searches answer.
  test('a sorted list with ties, nesting and long spans agrees with a walk of the list at every position', () => {
    const xs: Array<[number, number]> = [];
    for (let i = 0; i < 150; i++) {
      const start = Math.floor(i * 1.3);
      xs.push([start, start + 1 + ((i * 7) % 5)]);
      if (i % 11 === 0) xs.push([start, start + 25]);
    }
    const list = spans(xs.sort((a, b) => a[0] - b[0]));
    assert.ok(list.length >= 64);
    agreeEverywhere(list, 230);
  });

  test('a list out of order is read whole, with the same answers', () => {
    const list = spans(Array.from({ length: 90 }, (_, i): [number, number] => [(i * 37) % 101, ((i * 37) % 101) + 1 + (i % 4)]));
    agreeEverywhere(list, 110);
  });

  test('an empty list, and a list grown after it was first read', () => {
    const list = spans([]);
    assert.deepEqual(inside(list, 0, 10), []);
    for (let i = 0; i < 70; i++) list.push({ start: i * 2, end: i * 2 + 1, id: i });
    assert.deepEqual(inside(list, 0, 10), scanInside(list, 0, 10));
    list.push({ start: 200, end: 230, id: 70 });
    assert.deepEqual(holding(list, 210, 220), [70]);
    assert.equal(firstStartingAt(list, 200)?.id, 70);
  });

  test('on a document of 60 reports, every mention window agrees with a walk of the actor and place lists', () => {
    const notes = [
      'On 3 March, around 300 residents protested in Quetta against power cuts.',
      'Police said two militants were killed in an encounter near Bannu on Tuesday.',
      'PESHAWAR: Unidentified gunmen shot dead a tribal elder in Khyber district.',
      'Protesters blocked the road in Karachi, demanding the release of a lawyer.',
    ];
    const text = Array.from({ length: 60 }, (_, i) => notes[i % notes.length]).join('\n\n');
    let seen: Doc | null = null;
    const pipeline = { ...defaultPipeline, run: (doc: Doc, ctx: Parameters<typeof defaultPipeline.run>[1]) => (seen = defaultPipeline.run(doc, ctx)) };
    const a = analyze(text, { published: '2024-03-10', pipeline });
    const doc = seen as unknown as Doc;
    assert.ok(doc.actorMentions.length >= 64 && doc.placeMentions.length >= 64, `${doc.actorMentions.length} actors, ${doc.placeMentions.length} places`);
    for (const list of [doc.actorMentions, doc.placeMentions] as unknown as S[][]) {
      const ids = list.map((m, id) => ({ start: m.start, end: m.end, id }));
      for (const s of doc.sentences) assert.deepEqual(inside(ids, s.start, s.end), scanInside(ids, s.start, s.end));
      for (const m of list) {
        assert.deepEqual(holding(ids, m.start, m.end), scanHolding(ids, m.start, m.end));
        assert.equal(firstStartingAt(ids, m.start)?.id, ids.find((x) => x.start === m.start)?.id);
      }
    }
    // The last report's crowd is still placed by its own sentence (crowds.ts reads the event's places through span-order).
    const last = a.events.filter((e) => e.type === 'protest').at(-1)!;
    assert.ok(last.provenance.rules.some((r) => r.startsWith('crowd:protesters:') && r.endsWith(':PK')), last.provenance.rules.join(' ; '));
  });
});
