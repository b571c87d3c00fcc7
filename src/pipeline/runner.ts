import type { Doc } from '../model/types.ts';
import { CorroborateError } from '../model/errors.ts';
import type { Context } from './context.ts';

/** Doc fields that exist before any component runs. */
export const INITIAL_FIELDS = ['article', 'text'] as const;

export interface Component {
  name: string;
  requires: readonly string[];
  assigns: readonly string[];
  run(doc: Doc, ctx: Context): void;
  /**
   * Optional: the component over many documents at once, leaving each as run() would; a
   * component whose work splits into phases runs each phase over every document in turn.
   */
  runMany?(items: ReadonlyArray<{ doc: Doc; ctx: Context }>): void;
}

export interface Pipeline {
  readonly components: readonly Component[];
  run(doc: Doc, ctx: Context): Doc;
  /**
   * Runs many documents component by component: each component over every document, then the
   * next. Each document ends as run() leaves it (components keep no state between documents);
   * the work is the same, but one component's tables and code stay in the CPU caches across
   * the documents instead of being evicted by the other components' between each.
   */
  runMany(items: ReadonlyArray<{ doc: Doc; ctx: Context }>): void;
}

/**
 * Builds a pipeline from named components and checks, before anything runs, that every field a
 * component requires is assigned by an earlier one and that no two components assign one field.
 */
export function buildPipeline(components: readonly Component[]): Pipeline {
  const available = new Set<string>(INITIAL_FIELDS);
  const assignedBy = new Map<string, string>();
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) {
      throw new CorroborateError('E_PIPELINE', `pipeline: component "${c.name}" is registered twice`);
    }
    names.add(c.name);
    for (const field of c.requires) {
      if (!available.has(field)) {
        const later = components.find((o) => o.assigns.includes(field));
        throw new CorroborateError(
          'E_PIPELINE',
          `pipeline: component "${c.name}" requires "${field}", which ` +
            (later ? `is only assigned later by "${later.name}"` : 'no component assigns'),
        );
      }
    }
    for (const field of c.assigns) {
      const prev = assignedBy.get(field);
      if (prev) {
        throw new CorroborateError(
          'E_PIPELINE',
          `pipeline: "${field}" is assigned by both "${prev}" and "${c.name}"`,
        );
      }
      assignedBy.set(field, c.name);
      available.add(field);
    }
  }
  const frozen = Object.freeze([...components]);
  return {
    components: frozen,
    run(doc, ctx) {
      for (const c of frozen) {
        ctx.debug(() => `pipeline: ${c.name}`);
        c.run(doc, ctx);
      }
      return doc;
    },
    runMany(items) {
      for (const c of frozen) {
        // One message closure per component, not one per document.
        const message = () => `pipeline: ${c.name}`;
        if (c.runMany) {
          for (const { ctx } of items) ctx.debug(message);
          c.runMany(items);
          continue;
        }
        for (const { doc, ctx } of items) {
          ctx.debug(message);
          c.run(doc, ctx);
        }
      }
    },
  };
}
