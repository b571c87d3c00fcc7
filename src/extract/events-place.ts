import { courtSeat } from './court-seat.ts';
import type { Doc, EntityMention, PlaceEntry, Token } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { TrieMatch } from '../gazetteer/trie.ts';
import { FEATURE_WORDS } from '../gazetteer/place-names.ts';
import { questionOpener } from './question-clause.ts';
import { isDatelinePlace } from '../recognize/dateline.ts';
import { cityDistrict } from './city-district.ts';
import { innerAfterPossessive, innerOfChain } from './chain-inner.ts';
import { CLAUSE_PUNCT, LOCATIVE } from './events-words.ts';
import { dist, tokenAt } from './events-clauses.ts';
import { typeOfEntity } from './events-trigger.ts';

// Where an event happened: the sentence's scene and the place mention chosen for a trigger,
// passing over destinations, groups named by a place and cities that speak for a government.

/** Whether place `p` stands outside any indirect question, or inside the trigger's own. */
export function outsideQuestion(toks: Token[], p: EntityMention, m: TrieMatch): boolean {
  const i = tokenAt(toks, p.start);
  if (i < 0) return true;
  const q = questionOpener(toks, i);
  return q < 0 || m.firstToken > q;
}

/** Prepositions of where a movement went ("toward Pakistan", "into Kurram"). */
const DIRECTION = new Set(['to', 'toward', 'towards', 'into']);
/** Prepositions that put something where it happened ("in X", "near X", "the village of X"), not where it came from or went. */
const SCENE_PREPS = new Set(['in', 'at', 'near', 'around', 'outside', 'inside', 'into', 'of']);
export interface Scene {
  mention: EntityMention;
  /** A scene preposition introduces it. */
  located: boolean;
  /** It opens a clause of its own ("On 3 May, in X, ..."): the scene of the whole sentence. */
  intro: boolean;
  rule: string;
}

/** Kinds smaller than a region, by which a sentence's scene is preferably named. */
const SCENE_KINDS = new Set(['populated-place', 'admin2', 'other', 'admin1']);

/**
 * Where a sentence sets its scene: among its places outside actor names, those of a region or
 * smaller when it names any (a country is the scene only when nothing smaller is named), the
 * first one a scene preposition introduces ("On 3 May, in Manizales (Caldas), drivers
 * protested"; "staged a protest, in Garhshankar town (Hoshiarpur district, Punjab)"), else the
 * first. In a locative chain that is its first, most specific member.
 */
export function sceneOf(toks: Token[], places: EntityMention[], actors: EntityMention[], ctx: Context): Scene | null {
  // A city that speaks for its government ("Kabul will not accept") sets no scene.
  const unbound = places.filter((p) => !insideActor(actors, p) && !speaksForGovernment(toks, p, ctx));
  // "PESHAWAR: The Torkham border crossing …": a dateline says where the report was filed; the
  // places the sentence names after it are the scene.
  const free = unbound.length > 1 ? unbound.filter((p) => !isDatelinePlace(toks, p)) : unbound;
  if (free.length === 0) return null;
  const small = free.filter((p) => SCENE_KINDS.has(ctx.places.get(p.entity)?.kind ?? 'other'));
  const pool = small.length > 0 ? small : free;
  const located = pool.find((p) => sceneLocative(toks, p));
  let chosen = located ?? pool[0];
  // "residents of Kulsary township in Zhylyoy district": the chain's inner, more specific member.
  // "in North Waziristan's Datta Khel area": the possessed place inside the possessor.
  const inner = located ? (innerOfChain(toks, places, located, ctx) ?? innerAfterPossessive(toks, places, located, ctx)) : null;
  if (inner && !insideActor(actors, inner)) chosen = inner;
  // "in Cape Town - Khayelitsha": the part of the city the note names.
  const part = cityDistrict(toks, places, chosen, ctx);
  const mention = part ?? chosen;
  let intro = false;
  if (located) {
    let i = tokenAt(toks, located.start) - 1;
    while (i > 0 && !SCENE_PREPS.has(toks[i].lower)) i--;
    intro = i === 0 || toks[i - 1].lower === ',';
  }
  return { mention, located: !!located, intro, rule: `place:${part ? 'city-district' : inner && chosen === inner ? 'chain-inner' : located ? 'sentence-locative' : 'sentence-first'}:${mention.entity}` };
}

/**
 * The event's place: a place introduced by a locative preposition after the trigger ("accords
 * in Mirali", "movements toward Pakistan") is strong evidence; then the sentence's scene when a
 * preposition sets it (sceneOf); any other place in the clause is weak, and one inside an
 * actor's name ("administration in Kabul") weaker still; last, the sentence's first place.
 */
export function pickPlace(
  doc: Doc,
  toks: Token[],
  places: EntityMention[],
  m: TrieMatch,
  actors: EntityMention[],
  scene: Scene | null,
  triggers: readonly TrieMatch[],
  ctx: Context,
  clause: readonly [number, number],
): { argument: EntityMention | null; place: EntityMention | null; inClause: boolean; rule: string | null } {
  // Any locative phrase after the trigger ("movements toward Pakistan") makes the place an
  // argument of the trigger (a noun trigger needs one); where it happened is narrower.
  const argument = places.find((p) => p.start >= m.end && prepBefore(toks, p, LOCATIVE) && !insideActor(actors, p)) ?? null;
  // The trigger's own scene: "in/at/near X" after it, before any other event word ("protested
  // in support of the protests in Y": Y is the other protests' place).
  const next = triggers.find((t) => t.start >= m.end);
  let own = places.find((p) => p.start >= m.end && (!next || p.start < next.start) && sceneLocative(toks, p) && !insideActor(actors, p)) ?? null;
  // "in Pakistan's Quetta": the possessor only says where the place is.
  if (own) {
    const i = tokenAt(toks, own.start);
    let j = i;
    while (j < toks.length && toks[j].end <= own.end) j++;
    const owned = toks[j]?.lower === "'s" || toks[j]?.lower === '’s' ? places.find((p) => p.start >= toks[j].end && p.start <= toks[j].end + 1) : undefined;
    if (owned && !insideActor(actors, owned)) own = owned;
  }
  // "On 3 May, in Rio de Janeiro, shoot-outs took place in the Penha and Olaria neighbourhoods":
  // a scene that opens its own clause before the trigger holds for the whole sentence.
  // Not a town inside the district or province the scene named: "In Khyber district, two tribal
  // elders were killed ... in a targeted attack in Bara" happened in Bara.
  // ("near X" only puts it somewhere around X: the district's "in" stands.)
  if (own && scene?.intro && scene.mention !== own && scene.mention.start < m.start && !(prepBefore(toks, own, FIRM_LOCATIVE) && townInside(ctx, own, scene.mention))) own = null;
  // A whole country or region yields to a smaller scene the sentence sets ("protested in
  // central Helsinki for peace in Ukraine"), and a neighbourhood, ward or square to the town the
  // sentence is set in ("in Insein township, ... was shot dead on Yadanar Road in Pauk Taw
  // ward"): ACLED codes a part of a town to the town.
  if (own && scene && scene.mention !== own) {
    const broad = !SCENE_KINDS.has(ctx.places.get(own.entity)?.kind ?? 'other') && SCENE_KINDS.has(ctx.places.get(scene.mention.entity)?.kind ?? 'other');
    if (broad || (scene.located && scene.mention.start < own.start && isPartOfPlace(own))) own = null;
  }
  // "the Chaman crossing in Balochistan was closed": a town named right before a noun trigger is
  // where it is; the province after it only says where that town lies.
  const ownEntry = own ? ctx.places.get(own.entity) : undefined;
  if (own && ownEntry && (ownEntry.kind === 'admin1' || ownEntry.kind === 'admin2')) {
    // The name may take the trigger into itself: "Chaman crossing" is a name of Chaman's.
    const modifier = places.find((p) => p.start < m.start && (p.end >= m.start ? p.end <= m.end : /^\s+$/.test(doc.text.slice(p.end, m.start))) && !insideActor(actors, p));
    const inner = modifier ? ctx.places.get(modifier.entity) : undefined;
    if (modifier && inner && (inner.kind === 'populated-place' || inner.kind === 'other') && liesIn(inner, ownEntry)) {
      return { argument: argument ?? own, place: modifier, inClause: true, rule: `place:names-trigger:${modifier.entity}` };
    }
  }
  // "Assailants attacked Zebak district in Badakhshan": a place the trigger takes as its object
  // is where the act was; the province or district after it only says where that place lies.
  if (own && ownEntry && (ownEntry.kind === 'admin1' || ownEntry.kind === 'admin2')) {
    const object = places.find((p) => p.start >= m.end && p.end <= own!.start && /^\s+(?:the\s+)?$/i.test(doc.text.slice(m.end, p.start)) && !insideActor(actors, p));
    const inner = object ? ctx.places.get(object.entity) : undefined;
    if (object && inner && inner !== ownEntry && liesIn(inner, ownEntry)) {
      return { argument: argument ?? own, place: object, inClause: true, rule: `place:object-of-trigger:${object.entity}` };
    }
  }
  // "were deported through Chaman in Balochistan": the crossing gone through is where it
  // happened; the province or district after it only says where the crossing lies.
  const wide = own ?? (scene?.located ? scene.mention : null);
  const wideEntry = wide ? ctx.places.get(wide.entity) : undefined;
  if (wide && wideEntry && (wideEntry.kind === 'admin1' || wideEntry.kind === 'admin2')) {
    const through = places.find((p) => p.start >= m.end && (!next || p.start < next.start) && throughBefore(toks, p) && !insideActor(actors, p));
    const inner = through ? ctx.places.get(through.entity) : undefined;
    if (through && inner && inner !== wideEntry && (inner.kind === 'populated-place' || inner.kind === 'other') && liesIn(inner, wideEntry)) {
      return { argument: argument ?? through, place: through, inClause: true, rule: `place:through-crossing:${through.entity}` };
    }
  }
  if (own) {
    const part = cityDistrict(toks, places, own, ctx);
    if (part) return { argument: argument ?? own, place: part, inClause: true, rule: `place:city-district:${part.entity}` };
    return { argument: argument ?? own, place: own, inClause: true, rule: `place:locative-after-trigger:${own.entity}` };
  }
  // "The Lahore High Court commuted the sentence of a man convicted of the bombing in Wagah": a
  // court acts where it sits, not at the crime's scene (court-seat.ts).
  const seat = courtSeat(doc.text, places, m, triggers, clause[0]);
  if (seat) return { argument, place: seat, inClause: true, rule: `place:court-seat:${seat.entity}` };
  // "movements of these militants toward Pakistan": where a movement went is its place.
  // Other events did not happen where they were headed ("protesters marched towards Islamabad",
  // "a convoy headed for Quetta"): a destination not reached is no place of theirs.
  const moving = typeOfEntity(m.values[0].entity) === 'movement';
  const bound = places.find((p) => p.start >= m.end && (!next || p.start < next.start) && prepBefore(toks, p, DIRECTION) && !insideActor(actors, p) && (moving || !isDestination(toks, p)));
  // "demonstrators with ties to Ukraine ... rallied in Loveland (Ohio)": unless the event is a
  // movement, a whole country after "to" yields to a smaller scene the sentence sets, as the
  // trigger's own "in X" does above.
  const boundBroad = !!bound && !!scene?.located && typeOfEntity(m.values[0].entity) !== 'movement' && scene.mention !== bound &&
    !SCENE_KINDS.has(ctx.places.get(bound.entity)?.kind ?? 'other') && SCENE_KINDS.has(ctx.places.get(scene.mention.entity)?.kind ?? 'other');
  if (bound && !boundBroad && (!scene?.intro || scene.mention.start > m.start)) return { argument, place: bound, inClause: true, rule: `place:direction-after-trigger:${bound.entity}` };
  if (scene?.located) return { argument, place: scene.mention, inClause: scene.mention.start >= clause[0] && scene.mention.end <= clause[1], rule: scene.rule };
  // "… had fired first and that Kabul will not accept …": a city that speaks or decides stands
  // for its government, not for where the event was.
  const located = places.filter((p) => !speaksForGovernment(toks, p, ctx) && (moving || !isDestination(toks, p)));
  const free = located.filter((p) => !insideActor(actors, p));
  // "a Zamfara militia shot ... on the Tsafe-Yankara road (Tsafe, Zamfara)": a name that only
  // qualifies a group ("Katsina militiamen", "Sokoto communal militia") says where the group is
  // from; another place of the clause says where the event was.
  // (news61) "Villagers from Karak attacked a police post in the eastern part of Kohat city": a
  // place after "from" right after an actor says where the actor came from; another place of the
  // clause says where the act was. (With none, the origin stays: "Villagers from Karak attacked a
  // police post" is read at Karak.)
  const named = free.filter((p) => !namesGroup(toks, p) && !originOfActor(toks, actors, p));
  // "The Balochistan Liberation Army claimed the killings": a region in an armed group's own name
  // says where the group is from, not where anything it did happened (session 19, news41); a
  // force named after its region ("Khyber Pakhtunkhwa police") still serves there.
  const pool = named.length > 0 ? named : free.length > 0 ? free : located.filter((p) => !insideNonStateActor(actors, p, ctx));
  if (pool.length === 0) return { argument, place: null, inClause: false, rule: null };
  const nearest = pool.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
  // A whole country near the trigger ("Coast Guard of the United States detained") says less
  // than the smaller place the sentence names.
  if (scene && scene.mention !== nearest && !SCENE_KINDS.has(ctx.places.get(nearest.entity)?.kind ?? 'other') && SCENE_KINDS.has(ctx.places.get(scene.mention.entity)?.kind ?? 'other')) {
    return { argument, place: scene.mention, inClause: false, rule: scene.rule };
  }
  return { argument, place: nearest, inClause: true, rule: `place:${free.length > 0 ? 'in-clause' : 'inside-actor-name'}:${nearest.entity}` };
}

const FIRM_LOCATIVE = new Set(['in', 'at', 'inside']);
/** "deported through Torkham", "crossed via the Chaman border": the crossing a movement goes through. */
const THROUGH = new Set(['through', 'via']);
function throughBefore(toks: Token[], p: EntityMention): boolean {
  const i = tokenAt(toks, p.start);
  const prev = toks[i - 1]?.lower === 'the' ? toks[i - 2] : toks[i - 1];
  return prev !== undefined && THROUGH.has(prev.lower);
}

const MOTION = new Set(['marched', 'marching', 'march', 'marches', 'headed', 'heading', 'moved', 'moving', 'travelled', 'traveled', 'travelling', 'traveling',
  'drove', 'driving', 'proceeded', 'proceeding', 'walked', 'walking', 'went', 'going', 'rallied', 'set', 'off', 'out', 'left', 'leaving']);

/**
 * A place only headed for: "towards Islamabad", "headed for Quetta", "bound for Peshawar", "on
 * their way to Kabul", "en route to Chaman".
 */
function isDestination(toks: Token[], p: EntityMention): boolean {
  // "marched toward the Blue House (Seoul City - Jongno)": a building or square of a town is
  // walked to inside that town.
  if (p.rule.startsWith('place-part-of-town') || isPartOfPlace(p)) return false;
  let i = tokenAt(toks, p.start) - 1;
  if (i >= 1 && toks[i].lower === 'the') i--;
  const w = (k: number) => toks[i - k]?.lower ?? '';
  // "fired around 50 shells towards Tayr Harfa": fire goes where it lands; only a movement's
  // "towards" is a destination.
  // ("marched from Bannu towards Islamabad": the verb a few words before.)
  if (w(0) === 'towards' || w(0) === 'toward') {
    for (let k = 1; k <= 5 && i - k >= 0 && !CLAUSE_PUNCT.has(w(k)); k++) if (MOTION.has(w(k))) return true;
    return false;
  }
  if (w(0) === 'for') return HEADED.has(w(1)) || w(1) === 'destined';
  if (w(0) === 'to') return HEADED.has(w(1)) || (w(1) === 'route' && w(2) === 'en') || (w(1) === 'way' && WAY_OWNERS.has(w(2)));
  return false;
}

/** "headed for Quetta", "bound to Peshawar". */
const HEADED = new Set(['headed', 'heading', 'bound']);
/** "on their way to Kabul". */
const WAY_OWNERS = new Set(['their', 'his', 'her', 'its']);

/** A town (not a part of one) inside the district or province `outer` names, or a district inside its province. */
export function townInside(ctx: Context, town: EntityMention, outer: EntityMention): boolean {
  const inner = ctx.places.get(town.entity);
  const around = ctx.places.get(outer.entity);
  if (!inner || !around || isPartOfPlace(town)) return false;
  // (Session 16: a district inside the province named, "In Balochistan, gunmen killed six
  // labourers ... in Kech district", too.)
  return ((inner.kind === 'populated-place' && (around.kind === 'admin1' || around.kind === 'admin2')) || (inner.kind === 'admin2' && around.kind === 'admin1')) && liesIn(inner, around);
}

/** Is `inner` inside the province or district `outer`, by the gazetteer's own codes? */
export function liesIn(inner: PlaceEntry, outer: PlaceEntry): boolean {
  if (inner.country !== outer.country) return false;
  if (outer.kind === 'admin1') return !!inner.admin1 && inner.admin1 === outer.admin1;
  return !!inner.admin2 && inner.admin2 === outer.admin2;
}

/** Nouns after which "of" names where something is ("the village of X", "the outskirts of X"). */
const PLACE_NOUNS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'village', 'villages', 'town', 'city', 'outskirts', 'district', 'province', 'region', 'area', 'areas', 'suburb', 'suburbs', 'municipality', 'county', 'state', 'capital', 'centre', 'center', 'township', 'neighbourhood', 'neighborhood', 'vicinity', 'governorate', 'department', 'commune', 'island', 'port', 'valley']);

/** Words that may stand between a scene preposition and its place ("in central Helsinki"). */
const PLACE_MODIFIERS = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'downtown', 'rural', 'urban', 'suburban', 'nearby', 'neighbouring', 'neighboring', 'greater', 'the', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western']);

/** A scene preposition before the place ("in X", "near X", "in central X", "the village of X"). */
function sceneLocative(toks: Token[], p: EntityMention): boolean {
  let i = tokenAt(toks, p.start) - 1;
  if (i >= 1 && PLACE_MODIFIERS.has(toks[i].lower)) i--;
  // "in Afghanistan's eastern Paktika province": the possessor only says where the place lies.
  if (i >= 2 && toks[i].lower === "'s") {
    let j = i - 1;
    while (j >= 1 && j > i - 3 && /^\p{L}/u.test(toks[j].lower) && !SCENE_PREPS.has(toks[j - 1].lower)) j--;
    if (j >= 1 && /^\p{L}/u.test(toks[j].lower)) i = j - 1;
  }
  const prev = toks[i]?.lower;
  if (prev === undefined || !SCENE_PREPS.has(prev)) return false;
  return prev !== 'of' || PLACE_NOUNS.has(toks[i - 1]?.lower ?? '');
}

/** A mention that names a part of a town by its feature word ("Pauk Taw ward", "Barrancas neighbourhood"). */
function isPartOfPlace(p: EntityMention): boolean {
  const f = p.evidence?.find((e) => e.startsWith('feature:'));
  return !!f && FEATURE_WORDS.get(f.slice('feature:'.length).toLowerCase()) === 'part';
}

/** Group nouns a place name may qualify: "Zamfara militia", "Katsina militiamen", "Sokoto communal militia". */
const GROUP_NOUNS = new Set(['militia', 'militias', 'militiamen', 'militiaman', 'communal', 'vigilantes', 'vigilante', 'gang', 'gangs', 'bandits']);

function namesGroup(toks: Token[], p: EntityMention): boolean {
  let i = tokenAt(toks, p.start);
  while (i < toks.length && toks[i].end <= p.end) i++;
  return GROUP_NOUNS.has(toks[i]?.lower ?? '');
}

/** A place after "from" right after an actor's mention: "settlers from Yitzhar", "villagers from Karak". */
function originOfActor(toks: Token[], actors: readonly EntityMention[], p: EntityMention): boolean {
  const i = tokenAt(toks, p.start);
  const from = toks[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  if (from < 1 || toks[from].lower !== 'from') return false;
  const end = toks[from - 1].end;
  return actors.some((a) => a.end === end);
}

/** Verbs and modals after a city that make it its government: "Kabul will not accept", "Islamabad rejected". */
const GOVERNMENT_VERBS = new Set(['said', 'says', 'will', 'would', 'has', 'had', 'rejected', 'rejects', 'denied', 'denies', 'accused', 'accuses', 'blamed', 'blames',
  'warned', 'warns', 'insisted', 'insists', 'maintains', 'maintained', 'demanded', 'demands', 'urged', 'urges', 'wants', 'responded', 'summoned']);

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘']);

function speaksForGovernment(toks: Token[], p: EntityMention, ctx: Context): boolean {
  if (ctx.places.get(p.entity)?.kind !== 'populated-place') return false;
  let i = tokenAt(toks, p.start);
  // The subject of its clause: "residents of Katowice protested", "in Kabul has" are no government.
  if (LOCATIVE.has(toks[i - 1]?.lower ?? '')) return false;
  while (i < toks.length && toks[i].end <= p.end) i++;
  if (QUOTE_MARKS.has(toks[i]?.lower ?? '')) i++; // Kabul "will not accept …"
  return GOVERNMENT_VERBS.has(toks[i]?.lower ?? '');
}

/** Words between a place and the title it qualifies ("the Balkh provincial governor", "the Kabul deputy police chief"). */
const TITLE_MODIFIERS = new Set(['provincial', 'district', 'deputy', 'police', 'city', 'security', 'chief', 'regional', 'divisional']);
const TITLES = new Set(['governor', 'chief', 'commissioner', 'mayor', 'minister', 'administrator', 'spokesman', 'spokesperson', 'officer', 'superintendent', 'director', 'head', 'commander']);

/** "the Balkh provincial governor", "the Kabul police chief": a place that only qualifies a title. */
export function modifiesTitle(toks: Token[], p: EntityMention): boolean {
  let i = tokenAt(toks, p.start);
  while (i < toks.length && toks[i].end <= p.end) i++;
  for (let k = 0; k < 3 && i < toks.length; k++, i++) {
    if (TITLES.has(toks[i].lower) && !(toks[i].lower === 'chief' && TITLES.has(toks[i + 1]?.lower ?? ''))) return true;
    if (!TITLE_MODIFIERS.has(toks[i].lower)) return false;
  }
  return false;
}

/**
 * "MAZAR-I-SHARIF — A bomb exploded outside the office of the Balkh provincial governor": a
 * province or district that only qualifies a title yields to a town of the sentence inside it
 * (the dateline's too), which says where the act was (session 19, news41); null when none.
 */
export function townOverTitle(toks: Token[], sentencePlaces: readonly EntityMention[], chosen: EntityMention, actors: readonly EntityMention[], ctx: Context): EntityMention | null {
  const outer = ctx.places.get(chosen.entity);
  if (!outer || (outer.kind !== 'admin1' && outer.kind !== 'admin2') || !modifiesTitle(toks, chosen)) return null;
  return sentencePlaces.find((p) => {
    const inner = ctx.places.get(p.entity);
    return p !== chosen && inner?.kind === 'populated-place' && liesIn(inner, outer) && !insideActor(actors, p) && !modifiesTitle(toks, p);
  }) ?? null;
}

/** A place inside the name of an actor that is no state's ("Balochistan Liberation Army"). */
function insideNonStateActor(actors: readonly EntityMention[], p: EntityMention, ctx: Context): boolean {
  return actors.some((a) => a.start <= p.start && p.end <= a.end && ctx.actors.get(a.entity)?.type !== 'state');
}

export function insideActor(actors: readonly EntityMention[], p: EntityMention): boolean {
  return actors.some((a) => a.start <= p.start && p.end <= a.end);
}

function prepBefore(toks: Token[], p: EntityMention, preps: ReadonlySet<string>): boolean {
  const i = tokenAt(toks, p.start);
  const prev = toks[i - 1]?.lower;
  return prev !== undefined && preps.has(prev);
}
