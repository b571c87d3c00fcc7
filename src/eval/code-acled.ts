import type { ActorType } from '../model/types.ts';
import { classifyAcled } from '../classify/index.ts';
import type { Analysis, EventOut } from '../model/analysis.ts';
import { loadEventLexicon } from '../extract/event-lexicon.ts';
import { interventionOf } from '../model/intervention.ts';
import { longestFirst, phraseSource } from '../recognize/regex.ts';

// Our analysis in ACLED's terms: one event type and sub-event type per note, read from our
// output only (event types, trigger words, actor types), never from the note's words. Each of
// our events maps to one ACLED pair; when a note has several, ACLED's rule for concurrent
// tactics applies and the highest type wins (Battles > Protests > Riots > Explosions/Remote
// violence > Violence against civilians > Strategic developments). See CODEBOOKS.md §2.1.
//
// What our output cannot say, this cannot code: there is no sexual-violence or displacement
// event type, so those come out as NO_EVENT (or as whatever else we saw). Protests and riots have
// their own types (a protest's sub-type comes from what was done to its crowd).

export const NO_EVENT = '(no event)';

export interface AcledCode {
  eventType: string;
  subEventType: string;
}

const HIERARCHY = [
  'Battles',
  'Protests',
  'Riots',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Strategic developments',
];

const ARMED: ReadonlySet<ActorType> = new Set(['state', 'rebel', 'political-militia', 'identity-militia', 'external']);
const CLASH_TRIGGER = /\b(?:clash(?:es|ed)?|fought|gunfight|firefight|exchange[sd]? (?:of )?fire)\b/i;

// Explosions/Remote violence sub-types by trigger word, in ACLED's order of precedence
// (an air strike with shelling is an air strike; a suicide bomb is never an IED). The words of a
// strike from the air are the bombing triggers' own (`airWords`, data/events.json), so a trigger
// added there ("jets pounded") is coded as what it names.
let explosionSubtypes: Array<[RegExp, string]> | null = null;

function explosionSubtypesOf(): Array<[RegExp, string]> {
  if (explosionSubtypes) return explosionSubtypes;
  const air = loadEventLexicon().types.get('bombing')?.airWords ?? [];
  explosionSubtypes = [
    [/\bsuicide\b/i, 'Suicide bomb'],
    ...(air.length > 0 ? [[new RegExp(`\\b(?:${longestFirst(air, (w) => phraseSource(w))})\\b`, 'i'), 'Air/drone strike'] as [RegExp, string]] : []),
    ...OTHER_EXPLOSION_SUBTYPES,
  ];
  return explosionSubtypes;
}

const OTHER_EXPLOSION_SUBTYPES: Array<[RegExp, string]> = [
  [/\b(?:shell(?:s|ed|ing)?|mortars?|rockets?|artillery|missiles?)\b/i, 'Shelling/artillery/missile attack'],
  [/\bgrenades?\b/i, 'Grenade'],
  [/\b(?:ied|ieds|improvised explosive|landmines?|mines?|roadside|car bombs?|bombs?|blasts?|explosions?|exploded|detonated|blew up|blown up|bombing|bombings|bombed)\b/i, 'Remote explosive/landmine/IED'],
];

function actorType(a: Analysis, id: string): ActorType | null {
  return a.actors.find((x) => x.id === id)?.type ?? null;
}

/** The ACLED pair one of our events stands for, or null for a type with no ACLED counterpart. */
export function acledCodeOfEvent(a: Analysis, e: EventOut): AcledCode | null {
  const trigger = e.trigger.text;
  const typesOf = (role: string) => e.actors.filter((r) => r.role === role).map((r) => actorType(a, r.actor));
  switch (e.type) {
    case 'attack': {
      const agents = typesOf('agent');
      if (agents.includes('rioters')) return { eventType: 'Riots', subEventType: 'Mob violence' };
      if (agents.includes('protesters')) return { eventType: 'Riots', subEventType: 'Violent demonstration' };
      const targets = typesOf('target');
      if (CLASH_TRIGGER.test(trigger) || targets.some((t) => t !== null && ARMED.has(t))) {
        return { eventType: 'Battles', subEventType: 'Armed clash' };
      }
      return { eventType: 'Violence against civilians', subEventType: 'Attack' };
    }
    case 'assassination':
      return { eventType: 'Violence against civilians', subEventType: 'Attack' };
    case 'armed-clash':
      return { eventType: 'Battles', subEventType: 'Armed clash' };
    case 'bombing': {
      const sub = explosionSubtypesOf().find(([re]) => re.test(trigger))?.[1] ?? 'Remote explosive/landmine/IED';
      return { eventType: 'Explosions/Remote violence', subEventType: sub };
    }
    case 'protest':
      return protestOf(a) ?? { eventType: 'Protests', subEventType: 'Peaceful protest' };
    case 'riot': {
      // Violence inside a demonstration, else a mob's (CODEBOOKS.md §2.1).
      const inDemonstration =
        e.provenance.rules.some((r) => r.startsWith('riot:protest-turned-violent') || r.startsWith('crowd:rioters:subject-protesters')) ||
        a.events.some((x) => x.type === 'protest');
      return { eventType: 'Riots', subEventType: inDemonstration ? 'Violent demonstration' : 'Mob violence' };
    }
    case 'property-destruction':
      return { eventType: 'Strategic developments', subEventType: 'Looting/property destruction' };
    case 'weapons-disrupted':
      return { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' };
    case 'territory-change': {
      const state = typesOf('agent').includes('state');
      return { eventType: 'Battles', subEventType: state ? 'Government regains territory' : 'Non-state actor overtakes territory' };
    }
    case 'kidnapping':
      return { eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance' };
    case 'arrest':
      return { eventType: 'Strategic developments', subEventType: 'Arrests' };
    case 'agreement':
    // (news67) Fighters who give themselves up: ACLED's dev notes of surrenders are coded
    // Agreement (three of four; the fourth, a desertion, Change to group/activity).
    case 'surrender':
      return { eventType: 'Strategic developments', subEventType: 'Agreement' };
    case 'recruitment':
    // A state's curfew, ban, shutdown or closure: ACLED's "Security measures:" notes (news59).
    case 'security-measure':
      return { eventType: 'Strategic developments', subEventType: 'Change to group/activity' };
    case 'prisoner-release':
    // Hostages freed (news63): coded as the release was before it had a type of its own.
    case 'hostage-release':
    case 'sentence-reduction':
    // (news67) A court's sentence: ACLED's dev notes hold none coded (those that name one are
    // protests against it), so it is coded as the other judicial acts are.
    case 'sentencing':
    case 'movement':
    case 'security-alert':
      return { eventType: 'Strategic developments', subEventType: 'Other' };
    // ACLED codes no deportation or return of people (CODEBOOKS.md §2.1): a note's deportation
    // counts for none of its types, so whatever else the note tells decides.
    case 'deportation':
      return null;
    default:
      return null;
  }
}

/**
 * The protest our actors show: a crowd of protesters recognised in the note is ACLED's protest
 * (inter code 6) whatever verb we missed. Protesters attacked or killed are "Excessive force",
 * an arrest in the same note or a protest marked dispersed by force "Protest with intervention",
 * else "Peaceful protest".
 */
function protestOf(a: Analysis): AcledCode | null {
  const protesters = new Set(a.actors.filter((x) => x.type === 'protesters').map((x) => x.id));
  if (protesters.size === 0) return null;
  const hitsProtesters = (e: EventOut) => e.actors.some((r) => r.role === 'target' && protesters.has(r.actor));
  if (a.events.some((e) => (e.type === 'attack' || e.type === 'bombing') && hitsProtesters(e))) {
    return { eventType: 'Protests', subEventType: 'Excessive force against protesters' };
  }
  // (A protest marked broken up by force, tear gas or batons: src/extract/dispersal.ts.)
  if (a.events.some((e) => e.type === 'arrest' || interventionOf(e) !== null)) {
    return { eventType: 'Protests', subEventType: 'Protest with intervention' };
  }
  return { eventType: 'Protests', subEventType: 'Peaceful protest' };
}

/**
 * One ACLED event type and sub-event type for the whole note, from the trained classifier over
 * the text and our analysis (src/classify, data/models). `acledRuleCode` is the rule mapping
 * from our event types alone, kept for comparison in docs/models.md.
 */
export function acledCode(a: Analysis): AcledCode {
  const c = classifyAcled(a);
  return { eventType: c.eventType, subEventType: c.subEventType };
}

export function acledRuleCode(a: Analysis): AcledCode {
  const candidates: AcledCode[] = [];
  for (const e of a.events) {
    const c = acledCodeOfEvent(a, e);
    if (c) candidates.push(c);
  }
  // A protest that turns violent is one Riots event (CODEBOOKS.md §2.1), whatever the hierarchy says.
  const protest = a.events.some((e) => e.type === 'riot') ? null : protestOf(a);
  if (protest) candidates.push(protest);
  let best: AcledCode | null = null;
  for (const c of candidates) {
    if (!best || HIERARCHY.indexOf(c.eventType) < HIERARCHY.indexOf(best.eventType)) best = c;
  }
  return best ?? { eventType: NO_EVENT, subEventType: NO_EVENT };
}
