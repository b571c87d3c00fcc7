import type { Analysis } from '../model/analysis.ts';
import { primaryEvent } from './primary.ts';

// Our events in GTD's terms. The attack type follows GTD's hierarchy when several apply
// (assassination > hijacking > kidnapping > barricade > bombing > armed assault > unarmed >
// facility > unknown); see docs/taxonomy.md.

const ATTACK_OF_TYPE: Record<string, string> = {
  assassination: 'Assassination',
  hijacking: 'Hijacking',
  kidnapping: 'Hostage Taking (Kidnapping)',
  'hostage-barricade': 'Hostage Taking (Barricade Incident)',
  bombing: 'Bombing/Explosion',
  attack: 'Armed Assault',
  'unarmed-assault': 'Unarmed Assault',
  'facility-attack': 'Facility/Infrastructure Attack',
};
const HIERARCHY = Object.keys(ATTACK_OF_TYPE);

export function gtdAttackType(a: Analysis): string {
  const types = new Set(a.events.map((e) => e.type));
  for (const t of HIERARCHY) if (types.has(t)) return ATTACK_OF_TYPE[t];
  return 'Unknown';
}

export function gtdTargetType(a: Analysis): string {
  const e = primaryEvent(a);
  return e ? 'Private Citizens & Property' : 'Unknown';
}
