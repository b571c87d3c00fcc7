// The article stream bench/ingest.ts feeds to `ingest()`, built from the GTD summaries and ACLED
// notes of ../shared/data (bench/texts.ts, read in place) and nothing else but a few lines of
// our own for follow-ups. Deterministic: the same size and seed give the same file.
//
// `news` (the default) looks like a news feed over years, as far as 6,670 dated texts allow:
//   - Events. Each dated text is an event. To have more events than texts, the whole set is
//     replayed in earlier "eras": in era k every date written in the text (GTD's "MM/DD/YYYY:",
//     ACLED's "D Month YYYY") and its publication day move back k × 2,557 days (the 7 years the
//     texts span, 2016 to 2022), so era 1 covers 2009-2015, era 2 2002-2008, and so on. A text
//     with no date the rewrite understands is used in era 0 only. Events are taken in a seeded
//     order, era after era, until the stream is long enough.
//   - Reports. Each event gets 1 to 20 distinct reports (seeded; 40 % one, mean about 3), each
//     from one of twelve publishers, published on the event's day or one or two days later: the
//     event's text, and for half of them one sentence from another event of the same country
//     and era within 20 days ("in a separate incident" context, as real reports carry), which
//     also makes two reports of one event distinct texts rather than copies.
//   - Syndicated copies, about 15 % of the stream: a report again under another publisher's
//     credit line, the same day or the next, sometimes without its last sentence (a
//     near-duplicate for src/store/near-dup.ts).
//   - Follow-ups, about 8 %: 2 to 10 days after the event, its first sentence and one line of
//     aftermath (an investigation, a funeral, a claim) written here.
//   - Order: by publication day (ties in seeded order), except about 1 % that arrive late, up to
//     30 days after their publication day, as a slow feed or a back-filled archive would.
//
// `repeat` is the stream of earlier rounds: the texts in file order, then again and again with a
// numbered line appended under other publishers a day or two later (beyond 6,680 articles
// almost all near-duplicates, and every event's story grows with the run).
import type { BenchText } from './texts.ts';

export type CorpusKind = 'news' | 'repeat';

export interface CorpusArticle {
  text: string;
  published?: string;
  source: string;
}

export interface CorpusStats {
  kind: CorpusKind;
  articles: number;
  events: number;
  eras: number;
  reports: number;
  syndicated: number;
  followUps: number;
  late: number;
  firstDay: string | null;
  lastDay: string | null;
}

const DAY_MS = 86_400_000;
/** 2016-01-01 to 2022-12-31: the days the dev texts span; each era moves back by this much. */
const ERA_DAYS = 2_557;
const PUBLISHERS = [
  'Agence France Presse', 'Associated Press', 'Reuters', 'BBC Monitoring', 'Dawn', 'The News',
  'Press Trust of India', 'Al Jazeera', 'Xinhua', 'Anadolu Agency', 'Deutsche Welle', 'Radio Free Europe',
];
/** About 15 % of the stream: 0.2 copies per report when reports are 77 % of it. */
const SYNDICATED_PER_REPORT = 0.2;
/** About 8 % of the stream: with about 3 reports an event, 0.3 follow-ups per event. */
const FOLLOW_UPS_PER_EVENT = 0.3;
const LATE_SHARE = 0.01;
/** Reports per event: [count, weight]. */
const REPORTS_PER_EVENT: Array<[number, number]> = [
  [1, 40], [2, 22], [3, 13], [4, 8], [5, 4], [6, 3], [7, 2], [8, 2], [10, 2], [12, 1.5], [15, 1.5], [20, 1],
];
const AFTERMATH = [
  'Officials said on the following days that the investigation was continuing and gave no new figures.',
  'Relatives of the victims held funerals and called for an inquiry into the incident.',
  'Local authorities said security had been stepped up in the area after the incident.',
  'A spokesman later said several suspects had been questioned in connection with the incident.',
  'Residents said shops and schools in the area stayed closed for several days after the incident.',
  'The provincial government announced compensation for the families of those affected.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: a small seeded generator, so the corpus is the same in every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The text with every date it writes out moved by `shift` days, or null when it writes none
 * (then it cannot be moved to another era without contradicting itself).
 */
export function shiftDates(text: string, shift: number): string | null {
  let found = false;
  const move = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) + shift * DAY_MS);
  let out = text.replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, (all, mm: string, dd: string, yyyy: string) => {
    const m = Number(mm);
    const d = Number(dd);
    if (m < 1 || m > 12 || d < 1 || d > 31) return all;
    found = true;
    const b = move(Number(yyyy), m, d);
    return `${String(b.getUTCMonth() + 1).padStart(2, '0')}/${String(b.getUTCDate()).padStart(2, '0')}/${b.getUTCFullYear()}`;
  });
  out = out.replace(new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g'), (_all, dd: string, month: string, yyyy: string) => {
    found = true;
    const b = move(Number(yyyy), MONTHS.indexOf(month) + 1, Number(dd));
    return `${b.getUTCDate()} ${MONTHS[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  });
  return found ? out : null;
}

/** Sentences, split after . ! or ? before a capital, a digit or a quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["'A-Z0-9[])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

interface Event {
  text: string;
  day: number;
  country: string;
  era: number;
}

export function buildCorpus(texts: readonly BenchText[], n: number, kind: CorpusKind, seed = 20261125): { articles: CorpusArticle[]; stats: CorpusStats } {
  return kind === 'repeat' ? repeatCorpus(texts, n) : newsCorpus(texts, n, seed);
}

function repeatCorpus(texts: readonly BenchText[], n: number): { articles: CorpusArticle[]; stats: CorpusStats } {
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length];
    const round = Math.floor(i / texts.length);
    const text = round === 0 ? t.text : `${t.text}\nRepublished as item ${round}.`;
    const published = t.published && round > 0 ? isoOf(dayOf(t.published) + (round % 3)) : t.published;
    const source = round === 0 ? t.corpus : PUBLISHERS[(i + round) % 6];
    articles.push({ text, published: published ?? undefined, source });
  }
  const days = articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  return {
    articles,
    stats: { kind: 'repeat', articles: n, events: Math.min(n, texts.length), eras: 1, reports: n, syndicated: 0, followUps: 0, late: 0, firstDay: days[0] ?? null, lastDay: days[days.length - 1] ?? null },
  };
}

function newsCorpus(texts: readonly BenchText[], n: number, seed: number): { articles: CorpusArticle[]; stats: CorpusStats } {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const dated = texts.filter((t): t is BenchText & { published: string } => t.published !== null);
  const stats: CorpusStats = { kind: 'news', articles: 0, events: 0, eras: 0, reports: 0, syndicated: 0, followUps: 0, late: 0, firstDay: null, lastDay: null };
  const out: Array<{ a: CorpusArticle; key: number; tie: number }> = [];
  if (dated.length === 0 || n <= 0) return { articles: [], stats };
  const totalWeight = REPORTS_PER_EVENT.reduce((s, [, w]) => s + w, 0);
  const reportsFor = () => {
    let x = rand() * totalWeight;
    for (const [k, w] of REPORTS_PER_EVENT) if ((x -= w) < 0) return k;
    return 1;
  };
  const push = (a: CorpusArticle, day: number) => {
    const late = rand() < LATE_SHARE ? 1 + Math.floor(rand() * 30) : 0;
    if (late > 0) stats.late++;
    out.push({ a, key: day + late, tie: rand() });
  };

  for (let era = 0; out.length < n; era++) {
    stats.eras = era + 1;
    const shift = -era * ERA_DAYS;
    const events: Event[] = [];
    for (const t of dated) {
      const text = era === 0 ? t.text : shiftDates(t.text, shift);
      if (text !== null) events.push({ text, day: dayOf(t.published) + shift, country: t.country ?? t.corpus, era });
    }
    if (era > 0 && events.length === 0) break;
    // Other events of the same country, by day, for the context sentences.
    const byCountry = new Map<string, Event[]>();
    for (const e of events) (byCountry.get(e.country) ?? byCountry.set(e.country, []).get(e.country)!).push(e);
    for (const list of byCountry.values()) list.sort((x, y) => x.day - y.day);
    const byDay = [...events].sort((x, y) => x.day - y.day);
    const nearAnywhere = (e: Event) => {
      let lo = 0;
      let hi = byDay.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byDay[mid].day < e.day - 3) lo = mid + 1;
        else hi = mid;
      }
      const found: Event[] = [];
      for (let i = lo; i < byDay.length && byDay[i].day <= e.day + 3 && found.length < 40; i++) if (byDay[i] !== e && byDay[i].country !== e.country) found.push(byDay[i]);
      return found;
    };
    const order = events.map((e) => ({ e, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.e);
    for (const e of order) {
      if (out.length >= n) break;
      stats.events++;
      const k = reportsFor();
      const sentences = sentencesOf(e.text);
      // Context sentences for this event's reports, from other events nearby, each used once.
      let near = (byCountry.get(e.country) ?? []).filter((o) => o !== e && Math.abs(o.day - e.day) <= 20);
      if (near.length < 2 * k) near = near.concat(nearAnywhere(e));
      const context = near.map((o) => ({ o, r: rand() })).sort((x, y) => x.r - y.r).map((x) => x.o);
      for (let r = 0; r < k && out.length < n; r++) {
        const day = e.day + (rand() < 0.6 ? 0 : rand() < 0.75 ? 1 : 2);
        // The first report may stand alone; later ones carry two context sentences, so that no
        // two reports of one event share most of their words (they are not copies).
        const take = r === 0 ? (rand() < 0.5 ? 0 : 1) : 2;
        const extra = context.splice(0, take).map((o) => `In a separate incident: ${sentencesOf(o.text)[0]}`);
        const text = [e.text, ...extra].join(' ');
        const publisher = pick(PUBLISHERS);
        push({ text, published: isoOf(day), source: publisher }, day);
        stats.reports++;
        if (out.length < n && rand() < SYNDICATED_PER_REPORT) {
          let by = pick(PUBLISHERS);
          if (by === publisher) by = PUBLISHERS[(PUBLISHERS.indexOf(by) + 1) % PUBLISHERS.length];
          const parts = sentencesOf(text);
          const body = parts.length >= 3 && rand() < 0.5 ? parts.slice(0, -1).join(' ') : text;
          const copyDay = day + (rand() < 0.7 ? 0 : 1);
          push({ text: `(${publisher} via ${by}) ${body}`, published: isoOf(copyDay), source: by }, copyDay);
          stats.syndicated++;
        }
      }
      if (out.length < n && rand() < FOLLOW_UPS_PER_EVENT) {
        const day = e.day + 2 + Math.floor(rand() * 9);
        push({ text: `${sentences[0] ?? e.text} ${pick(AFTERMATH)}`, published: isoOf(day), source: pick(PUBLISHERS) }, day);
        stats.followUps++;
      }
    }
  }
  out.sort((x, y) => x.key - y.key || x.tie - y.tie);
  const articles = out.slice(0, n).map((o) => o.a);
  stats.articles = articles.length;
  const days = articles.map((a) => a.published!).sort();
  stats.firstDay = days[0] ?? null;
  stats.lastDay = days[days.length - 1] ?? null;
  return { articles, stats };
}
