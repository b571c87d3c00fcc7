import { readDataJson } from '../gazetteer/load.ts';
import { CorroborateError } from '../model/errors.ts';

// data/models/rules.json compiled: cue rules that become model features ('rule:<id>'), and per
// model the few that may replace the model's label, through the codebook's hierarchy.

interface RuleSpec {
  id: string;
  about: string;
  /** Written in lower case unless the flags drop 'i'. */
  pattern: string;
  /** Regular-expression flags; 'i' (case-insensitive) when absent. 'u' is always added. */
  flags?: string;
}

interface DerivedSpec {
  id: string;
  about: string;
  /** Fires when none of these rules fired. */
  none: string[];
}

export interface OverrideSpec {
  rule: string;
  label: string;
  /** Rules that must fire as well. */
  with?: string[];
  /** Rules that block the override. */
  unless?: string[];
  /** The model labels this override may replace; without it, any label it outranks. */
  when?: string[];
  about?: string;
}

interface DecisionSpec {
  about?: string;
  /** Labels from highest to lowest rank (GTD). */
  hierarchy?: string[];
  /** Parent label to its children, both in rank order (ACLED types and sub-event types). */
  types?: Record<string, string[]>;
  overrides: OverrideSpec[];
}

export interface RulesFile {
  rules: RuleSpec[];
  derived: DerivedSpec[];
  decisions: Record<string, DecisionSpec>;
}

export interface Decision {
  /** Labels from highest to lowest rank. */
  hierarchy: readonly string[];
  /** Child label to its parent, when the decision has types. */
  parentOf: ReadonlyMap<string, string>;
  overrides: readonly OverrideSpec[];
}

export interface CompiledRules {
  /** Case-insensitive rules run on the lower-cased text (V8 is slow with /iu). */
  patterns: ReadonlyArray<{ id: string; re: RegExp; lower: boolean }>;
  derived: ReadonlyArray<{ id: string; none: readonly string[] }>;
  decisions: ReadonlyMap<string, Decision>;
}

export function compileRules(file: RulesFile, name = 'rules'): CompiledRules {
  const bad = (msg: string) => new CorroborateError('E_DATA', `${name}: ${msg}`);
  const ids = new Set<string>();
  const patterns = file.rules.map((r) => {
    if (ids.has(r.id)) throw bad(`rule "${r.id}" is defined twice`);
    ids.add(r.id);
    const flags = r.flags ?? 'i';
    const lower = flags.includes('i');
    // Escapes such as \b, \S or \p{Lu} may hold capitals; literal capitals could never match.
    if (lower && /[A-Z]/.test(r.pattern.replace(/\\p\{[^}]*\}|\\./g, ''))) {
      throw bad(`rule "${r.id}" is case-insensitive, so its pattern must be written in lower case`);
    }
    try {
      return { id: r.id, re: new RegExp(r.pattern, flags.replace(/[iu]/g, '') + 'u'), lower };
    } catch (e) {
      throw bad(`rule "${r.id}" has a bad pattern (${(e as Error).message})`);
    }
  });
  const known = (id: string, where: string) => {
    if (!ids.has(id)) throw bad(`${where} names unknown rule "${id}"`);
  };
  for (const d of file.derived) {
    d.none.forEach((id) => known(id, `derived rule "${d.id}"`));
    if (ids.has(d.id)) throw bad(`rule "${d.id}" is defined twice`);
    ids.add(d.id);
  }
  const decisions = new Map<string, Decision>();
  for (const [model, spec] of Object.entries(file.decisions ?? {})) {
    const parentOf = new Map<string, string>();
    let hierarchy = spec.hierarchy ?? [];
    if (spec.types) {
      hierarchy = [];
      for (const [parent, children] of Object.entries(spec.types)) {
        for (const c of children) {
          parentOf.set(c, parent);
          hierarchy.push(c);
        }
      }
    }
    for (const o of spec.overrides) {
      const where = `the ${model} override for "${o.rule}"`;
      known(o.rule, `a ${model} override`);
      for (const id of [...(o.with ?? []), ...(o.unless ?? [])]) known(id, where);
      for (const label of [o.label, ...(o.when ?? [])]) {
        if (!hierarchy.includes(label)) throw bad(`${where} names label "${label}", which is not in the hierarchy`);
      }
    }
    decisions.set(model, { hierarchy, parentOf, overrides: spec.overrides });
  }
  return { patterns, derived: file.derived.map((d) => ({ id: d.id, none: d.none })), decisions };
}

let cached: CompiledRules | null = null;

export function loadRules(): CompiledRules {
  cached ??= compileRules(readDataJson<RulesFile>('models/rules.json'), 'data/models/rules.json');
  return cached;
}

/** Ids of the rules that match the text, derived rules included, in file order. */
export function firedRules(rules: CompiledRules, text: string): string[] {
  const fired: string[] = [];
  const lower = text.toLowerCase();
  for (const p of rules.patterns) if (p.re.test(p.lower ? lower : text)) fired.push(p.id);
  for (const d of rules.derived) if (!d.none.some((id) => fired.includes(id))) fired.push(d.id);
  return fired;
}

/**
 * The label an override rule gives instead of the model's, or null when none applies. An
 * override applies when its rule and its 'with' rules fired, no 'unless' rule did, and the
 * model's label is in its 'when' list or, without one, ranks below the override's label.
 */
export function overrideLabel(decision: Decision, fired: readonly string[], modelLabel: string): { label: string; rule: string } | null {
  const rank = (label: string) => {
    const i = decision.hierarchy.indexOf(label);
    return i < 0 ? decision.hierarchy.length : i;
  };
  let best: { label: string; rule: string } | null = null;
  for (const o of decision.overrides) {
    if (o.label === modelLabel || !fired.includes(o.rule)) continue;
    if ((o.with ?? []).some((id) => !fired.includes(id))) continue;
    if ((o.unless ?? []).some((id) => fired.includes(id))) continue;
    const applies = o.when ? o.when.includes(modelLabel) : rank(o.label) < rank(modelLabel);
    if (applies && (!best || rank(o.label) < rank(best.label))) best = { label: o.label, rule: o.rule };
  }
  return best;
}
