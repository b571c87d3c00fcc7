// Validators of the store routes: the article an ingest takes (the fields of ingest's JSONL),
// the event filters (the CLI's), search and gazetteer look-ups. The same zod objects check
// requests and are listed in /openapi.json.

import { z } from '@hono/zod-openapi';
import { isValidIsoDate } from '../analyze.ts';

const META_MAX = 2000;
/** Articles one POST /v1/articles may carry; larger batches are refused, the body limit applies too. */
export const MAX_BATCH = 1000;
export const DEFAULT_EVENTS_LIMIT = 100;
export const MAX_EVENTS_LIMIT = 500;
export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 200;

const publishedDate = z
  .string()
  .refine((s) => isValidIsoDate(s.slice(0, 10)) && (s.length === 10 || /^\d{4}-\d{2}-\d{2}T/.test(s)), 'must be a date as YYYY-MM-DD (a timestamp counts for its date)')
  .nullable()
  .optional();

export const ArticleInput = z
  .object({
    text: z.string().min(1, 'must not be empty').optional().openapi({ description: 'The article as plain text, one paragraph per line.' }),
    html: z.string().min(1, 'must not be empty').optional().openapi({ description: 'Or the article as HTML (a page or a fragment): the body is found with Readability.' }),
    title: z.string().max(META_MAX).nullable().optional(),
    url: z.string().max(META_MAX).nullable().optional().openapi({ description: 'Article URL: with the text, the duplicate key (canonicalised).' }),
    source: z.string().max(META_MAX).nullable().optional().openapi({ description: 'Publisher, e.g. "Dawn".' }),
    published: publishedDate.openapi({ description: 'Publication date, YYYY-MM-DD: the reference for "yesterday".', example: '2026-11-24' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = (body.text !== undefined ? 1 : 0) + (body.html !== undefined ? 1 : 0);
    if (given !== 1) {
      ctx.addIssue({ code: 'custom', path: given === 0 ? ['text'] : ['html'], message: given === 0 ? 'give the article as "text" or as "html"' : 'give either "text" or "html", not both' });
    }
  })
  .openapi('ArticleInput', { description: 'One article, with the fields of a line of `corroborate ingest` JSONL.' });

export type ArticleInputBody = z.infer<typeof ArticleInput>;

export const ArticleBatch = z
  .object({
    articles: z
      .array(z.unknown().openapi({ $ref: '#/components/schemas/ArticleInput' } as never))
      .min(1, 'must hold at least one article')
      .max(MAX_BATCH, `holds at most ${MAX_BATCH} articles; split the batch`)
      .openapi({ description: `Up to ${MAX_BATCH} articles, each an ArticleInput. Each is checked on its own: a bad one is reported as failed and never blocks the others.` }),
  })
  .strict()
  .openapi('ArticleBatch');

/**
 * One article or a batch. Checked in the handler (a body with "articles" is a batch), so a bad
 * body gets the message of the shape it meant, not a union's "invalid input".
 */
export const PostArticlesBody = z.unknown().openapi({
  description: 'One article (ArticleInput), or a batch `{ "articles": [...] }` (ArticleBatch).',
  oneOf: [{ $ref: '#/components/schemas/ArticleBatch' }, { $ref: '#/components/schemas/ArticleInput' }],
} as never);

export const ItemResult = z
  .object({
    index: z.number().int().openapi({ description: 'Position in the batch (0 for a single article).' }),
    status: z.enum(['stored', 'near-duplicate', 'duplicate', 'failed']),
    id: z.string().optional().openapi({ description: 'The article id (for a duplicate: the id its text has).' }),
    of: z.string().optional().openapi({ description: 'duplicate: the stored article it repeats; near-duplicate: the first copy it is linked to.' }),
    similarity: z.number().optional().openapi({ description: 'near-duplicate: estimated Jaccard similarity with `of`.' }),
    by: z.enum(['content', 'url']).optional().openapi({ description: 'duplicate: what matched.' }),
    reason: z.string().optional().openapi({ description: 'failed: what is wrong with this item.' }),
  })
  .openapi('ArticleResult');

export const PostArticlesResponse = z
  .object({
    results: z.array(ItemResult),
    stored: z.number().int().openapi({ description: 'Newly stored, near-duplicates included.' }),
    nearDuplicates: z.number().int(),
    duplicates: z.number().int(),
    failed: z.number().int(),
  })
  .openapi('PostArticlesResponse');

const ARTICLE_ID = /^art-[0-9a-f]{16}$/;

export const ArticleIdParam = z.object({
  id: z.string().regex(ARTICLE_ID, 'must be an article id such as "art-0123456789abcdef"').openapi({ param: { name: 'id', in: 'path' }, example: 'art-0123456789abcdef' }),
});

export const StoredArticle = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    origin: z.string().openapi({ description: 'Where it came from: a file, "batch.jsonl:12", "api:articles[3]".' }),
    nearDuplicateOf: z.string().nullable(),
    ingestedAt: z.string(),
    analysis: z.object({}).passthrough().openapi({ $ref: '#/components/schemas/Analysis' } as never),
  })
  .openapi('StoredArticle');

const intParam = (name: string, dflt: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `must be from 1 to ${max}`)
    .optional()
    .openapi({ param: { name, in: 'query' }, description: `Default ${dflt}, at most ${max}.`, type: 'integer' } as never);

const q = (name: string, description: string, example?: string) =>
  z.string().min(1, 'must not be empty').optional().openapi({ param: { name, in: 'query' }, description, example });

export const EventsQuery = z
  .object({
    actor: q('actor', 'An actor id, name or alias ("TTP", "Afghan Taliban"), resolved as `corroborate actors` does; its units count too; any role.', 'Afghan Taliban'),
    type: q('type', 'Event types, comma-separated (docs/taxonomy.md).', 'prisoner-release'),
    since: q('since', 'YYYY-MM-DD: events on or after (the event date, or the publication date when the text gives none).'),
    until: q('until', 'YYYY-MM-DD: events on or before.'),
    near: q('near', 'A gazetteer place name: events within `within` of it.', 'Peshawar'),
    within: q('within', 'Distance from `near`: 50km (default), 30mi, 500m.', '50km'),
    country: q('country', 'ISO code or country name.', 'PK'),
    minSources: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 1_000_000, 'must be from 1 to 1000000')
      .optional()
      .openapi({ param: { name: 'minSources', in: 'query' }, description: 'Only events in a story with at least this many independent sources (as `corroborate events --min-sources`).', type: 'integer' } as never),
    intervention: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional()
      .openapi({
        param: { name: 'intervention', in: 'query' },
        description: 'true: only protests broken up by force (ACLED\'s "Protest with intervention"; `corroborate events --intervention`); false: only protests without that mark (`--no-intervention`).',
        type: 'boolean',
      } as never),
    limit: intParam('limit', DEFAULT_EVENTS_LIMIT, MAX_EVENTS_LIMIT),
    cursor: q('cursor', 'The `nextCursor` of the previous page, with the same filters.'),
  })
  .strict();

/** One event of GET /v1/events: the fields documented here, the rest as `corroborate events --format json` prints them. */
export const StoredEventOut = z
  .object({
    id: z.string().openapi({ description: '`<article id>:<event id>`.' }),
    type: z.string().openapi({ description: 'Event type (docs/taxonomy.md).' }),
    counts: z
      .array(
        z
          .object({
            kind: z.string().openapi({ example: 'killed' }),
            value: z.number(),
            qualifier: z.enum(['exact', 'at-least', 'at-most', 'about']),
            toldBy: z
              .object({ text: z.string(), start: z.number().int(), end: z.number().int() })
              .optional()
              .openapi({ description: 'Who gave the figure, when a teller gave it beside the event\'s own ("the Taliban put the toll at eight"): a rival toll, or with `revised` a revision. Offsets into the stored text.' }),
            revised: z.literal(true).optional().openapi({ description: 'The teller\'s revision of the event\'s own figure of this kind ("later revised the toll to nine").' }),
            claimSource: z
              .string()
              .optional()
              .openapi({
                description:
                  'Since session 23: who gave the event\'s own figure when a teller\'s figure of its kind stands beside it: the source of the claim whose sentence states it ("Officials said four soldiers were killed; …" → "Officials"), found as the article view finds it. Absent when no figure rivals it, or the claim names no source.',
                example: 'Officials',
              }),
          })
          .passthrough(),
      )
      .openapi({ description: 'Every count of the analysis, in its order (docs/output.md), the first figure\'s teller added as `claimSource`.' }),
    intervention: z
      .string()
      .nullable()
      .openapi({
        description:
          'A protest broken up by force: the cue words of its `protest:intervention:<cue>` rule ("batons", "tear gas"), ACLED\'s "Protest with intervention". null for any other event (events stored before migration 0007 are marked from their stored analysis by migration 0008: docs/store.md).',
        example: 'batons',
      }),
  })
  .passthrough()
  .openapi('StoredEvent');

export const EventsResponse = z
  .object({
    events: z.array(StoredEventOut).openapi({ description: 'Events as `corroborate events --format json` gives them, in date order.' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .openapi('EventsPage');

export const SearchQuery = z
  .object({
    q: z.string().min(1, 'give words to search for').openapi({ param: { name: 'q', in: 'query' }, description: 'Words (stemmed), "quoted phrases", OR, -word.', example: '"claimed responsibility" TTP' }),
    limit: intParam('limit', DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT),
  })
  .strict();

export const SearchResponse = z.object({ hits: z.array(z.object({}).passthrough()) }).openapi('SearchHits');

export const ActorsQuery = z
  .object({
    q: z.string().min(1, 'give a name or phrase').openapi({ param: { name: 'q', in: 'query' }, example: 'TTA' }),
    date: z
      .string()
      .refine(isValidIsoDate, 'must be a date as YYYY-MM-DD')
      .optional()
      .openapi({ param: { name: 'date', in: 'query' }, description: 'Settles names whose holder changed ("Afghan forces" before and after August 2021).' }),
  })
  .strict();

export const PlacesQuery = z
  .object({
    q: z.string().min(1, 'give a place name or phrase').openapi({ param: { name: 'q', in: 'query' }, example: 'Mirali' }),
    country: z.string().min(1).optional().openapi({ param: { name: 'country', in: 'query' }, description: 'Country in play: ISO code or name.' }),
  })
  .strict();

export const Explanation = z.object({}).passthrough().openapi('GazetteerExplanation', {
  description: 'What `corroborate actors|places QUERY --format json` prints: the candidates and the one the recogniser picks, with the rule.',
});
