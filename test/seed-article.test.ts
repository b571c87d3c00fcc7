import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze, type Analysis } from '../src/index.ts';
import { needsShared, sharedPath } from './shared.ts';

// The foundation issue's "Must show" list, checked on the real seed article, once as plain text
// and once wrapped in an HTML page with navigation, scripts and ads around it.

const SEED = 'corpus/afpak-militant-releases.txt';

function seedText(): string {
  return readFileSync(sharedPath(SEED), 'utf8');
}

function asHtmlPage(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (/[.!?”"]$/.test(l.trim()) ? `<p>${esc(l)}</p>` : `<h2>${esc(l)}</h2>`))
    .join('\n');
  return `<!doctype html><html><head>
<title>Thousands of freed militants head for Pakistan | Example News</title>
<meta property="og:title" content="Thousands of freed militants head for Pakistan">
<meta property="article:published_time" content="2026-11-24T08:00:00+05:00">
<script>window.tracker = function () { document.title = 'hacked'; };</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/pakistan">Pakistan</a></nav>
<article><h1>Thousands of freed militants head for Pakistan</h1>
${body}
<div class="advertisement">Advertisement</div>
</article>
<footer>© Example News. All rights reserved. Contact us.</footer>
</body></html>`;
}

function byText(a: Analysis, needle: string) {
  const claim = a.claims.find((c) => c.text.includes(needle));
  assert.ok(claim, `no claim contains "${needle}"`);
  return claim;
}

function actorIdOf(a: Analysis, surface: string): string {
  const actor = a.actors.find((x) => x.mentions.some((m) => m.text.includes(surface)));
  assert.ok(actor, `no actor mention "${surface}"`);
  return actor.id;
}

function checkSeed(a: Analysis): void {
  // Offsets index the returned text.
  for (const c of a.claims) assert.equal(a.text.slice(c.start, c.end), c.text);

  // Actors: one Afghan Taliban reached from four names; TTP; IS-KP; Pakistan's agencies.
  const taliban = actorIdOf(a, 'Taliban');
  for (const name of ['TTA', 'interim administration in Kabul', 'Kabul administration']) {
    assert.equal(actorIdOf(a, name), taliban, `"${name}" should be the Afghan Taliban`);
  }
  const talibanActor = a.actors.find((x) => x.id === taliban)!;
  assert.equal(talibanActor.country, 'AF');
  const ttp = a.actors.find((x) => x.mentions.some((m) => m.text.endsWith('TTP')))!;
  assert.equal(ttp.country, 'PK');
  assert.notEqual(ttp.id, taliban);
  const iskp = actorIdOf(a, 'IS-KP');
  const agencies = a.actors.find((x) => x.mentions.some((m) => /intelligence and counter-terrorism agencies/.test(m.text)))!;
  assert.ok(agencies, 'Pakistan’s agencies are an actor');
  assert.equal(agencies.type, 'state');
  assert.equal(agencies.country, 'PK');

  // Places.
  const place = (surface: string) => {
    const p = a.places.find((x) => x.mentions.some((m) => m.text === surface));
    assert.ok(p, `no place mention "${surface}"`);
    return p;
  };
  assert.equal(place('Afghanistan').country, 'AF');
  assert.equal(place('Afghanistan').kind, 'country');
  assert.equal(place('Pakistan').country, 'PK');
  assert.equal(place('Kabul').country, 'AF');
  assert.equal(place('Islamabad').country, 'PK');
  const mirali = place('Mirali');
  assert.equal(mirali.name, 'Mir Ali');
  assert.equal(mirali.country, 'PK');
  assert.ok(distanceKm(mirali.lat!, mirali.lon!, 33.02, 70.27) < 25, 'Mir Ali within 25 km of 33.02 N 70.27 E');
  const kp = place('Khyber Pakhtunkhwa');
  assert.equal(kp.kind, 'admin1');
  assert.equal(kp.country, 'PK');

  // Dates.
  const aug = a.dates.find((d) => d.text === 'August 2021')!;
  assert.equal(aug.precision, 'month');
  assert.equal(aug.value!.start.slice(0, 7), '2021-08');
  const yesterday = a.dates.find((d) => /yesterday/i.test(d.text))!;
  assert.deepEqual(yesterday.value, { start: '2026-11-23', end: '2026-11-23' });
  assert.equal(yesterday.relative, true);
  const fall = a.dates.find((d) => /prior to Kabul’s fall/.test(d.text))!;
  assert.equal(fall.precision, 'range');
  assert.equal(fall.value!.end, '2021-08-15');

  // Events.
  const release = a.events.find(
    (e) => e.type === 'prisoner-release' && e.counts.some((c) => c.kind === 'released' && c.value === 3200),
  );
  assert.ok(release, 'a release of 3,200');
  assert.equal(release.counts.find((c) => c.kind === 'released')!.qualifier, 'at-least');
  assert.deepEqual([release.date?.start, release.date?.end], ['2026-11-23', '2026-11-23']);
  assert.equal(release.actors.find((r) => r.role === 'agent')?.actor, taliban);

  const reduction = a.events.find((e) => e.type === 'sentence-reduction')!;
  assert.deepEqual(reduction.counts.map((c) => [c.kind, c.value]), [['sentence-reduced', 4300]]);

  const agreement = a.events.find((e) => e.type === 'agreement')!;
  assert.deepEqual(new Set(agreement.actors.map((r) => r.actor)), new Set([ttp.id, taliban]));
  assert.equal(agreement.place, mirali.id);

  const recruitment = a.events.find((e) => e.type === 'recruitment' && e.actors.length > 0)!;
  assert.deepEqual(new Set(recruitment.actors.map((r) => r.actor)), new Set([iskp, ttp.id]));
  assert.equal(recruitment.place, kp.id);

  const alert = a.events.find((e) => e.type === 'security-alert')!;
  assert.equal(alert.actors.find((r) => r.role === 'agent')?.actor, agencies.id);

  const thousands = a.events.find(
    (e) => e.type === 'prisoner-release' && e.counts.some((c) => c.qualifier === 'about'),
  )!;
  assert.ok(thousands, 'the "thousands" freed since August 2021');
  assert.ok(thousands.counts[0].value >= 1000);

  // Claims.
  const sentencesAsClaims = new Set(a.claims.map((c) => c.text));
  for (const heading of ['Afghanistan’s Internal Turmoil Fuels Extremism', 'A Regional Security Alarm', 'The Bigger Picture']) {
    assert.ok(!sentencesAsClaims.has(heading), `heading "${heading}" is not a claim`);
    const s = a.sentences.find((x) => a.text.slice(x.start, x.end) === heading);
    assert.equal(s?.heading, true);
  }
  assert.equal(byText(a, 'Sources indicate').attribution.kind, 'anonymous');
  assert.equal(byText(a, 'Officials warn').attribution.kind, 'official');
  const prediction = byText(a, 'analysts expect could bolster');
  assert.equal(prediction.attribution.kind, 'expert');
  assert.ok(['predicted', 'speculative'].includes(prediction.certainty));
  const reduced = byText(a, 'a further 4,300 prisoners');
  assert.notEqual(reduced.id, prediction.id, 'the fact and the prediction are two claims');
  assert.ok(!reduced.text.includes('analysts expect'));
  assert.equal(reduced.attribution.kind, 'unattributed');
  assert.equal(reduced.certainty, 'asserted');
  const reports = byText(a, 'Reports suggest');
  assert.ok(['media', 'anonymous'].includes(reports.attribution.kind));
  assert.equal(reports.certainty, 'hedged');
  assert.equal(byText(a, 'Security analysts note').attribution.kind, 'expert');
  assert.equal(byText(a, 'Experts warn').attribution.kind, 'expert');
  const reportedly = byText(a, 'has reportedly freed thousands');
  assert.equal(reportedly.attribution.kind, 'unattributed');
  assert.equal(reportedly.certainty, 'hedged');
  const yesterdayClaim = byText(a, 'Just yesterday, over 3,200');
  assert.equal(yesterdayClaim.attribution.kind, 'unattributed');
  assert.equal(yesterdayClaim.certainty, 'asserted');
  assert.equal(byText(a, 'is expected to reinforce').certainty, 'predicted');
  assert.equal(byText(a, 'could trigger').certainty, 'speculative');
  assert.equal(a.sourcing.named, 0);
  assert.equal(a.sourcing.claims, a.claims.length);

  // Every event belongs to a claim that lists it.
  for (const e of a.events) {
    const claim = a.claims.find((c) => c.id === e.claim);
    assert.ok(claim?.events.includes(e.id), `event ${e.id} is listed by its claim`);
    assert.ok(e.provenance.rules.length > 0);
  }
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('seed article', () => {
  test('as plain text, published 2026-11-24', needsShared(SEED), () => {
    checkSeed(analyze(seedText(), { published: '2026-11-24' }));
  });

  test('as an HTML page: same results, published date from the page metadata', needsShared(SEED), () => {
    const a = analyze(asHtmlPage(seedText()), { name: 'seed.html' });
    assert.equal(a.article.published, '2026-11-24');
    assert.equal(a.article.title, 'Thousands of freed militants head for Pakistan');
    assert.ok(!a.text.includes('Advertisement'));
    assert.ok(!a.text.includes('window.tracker'));
    assert.ok(!a.text.includes('All rights reserved'));
    checkSeed(a);
  });

  test('output is deterministic', needsShared(SEED), () => {
    const one = JSON.stringify(analyze(seedText(), { published: '2026-11-24' }));
    const two = JSON.stringify(analyze(seedText(), { published: '2026-11-24' }));
    assert.equal(one, two);
  });

  test('without a publication date, "yesterday" stays unresolved and says so', needsShared(SEED), () => {
    const a = analyze(seedText());
    const y = a.dates.find((d) => /yesterday/i.test(d.text))!;
    assert.equal(y.value, null);
    assert.equal(y.resolved, false);
    assert.match(y.note ?? '', /publication date/);
    const aug = a.dates.find((d) => d.text === 'August 2021')!;
    assert.equal(aug.resolved, true);
  });
});
