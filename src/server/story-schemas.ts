// Validators of the story routes: the filters of `corroborate stories` as query parameters, a
// story id in the path, and the shapes answered. The same zod objects check requests and are
// listed in /openapi.json.

import { z } from '@hono/zod-openapi';

export const DEFAULT_STORIES_LIMIT = 50;
export const MAX_STORIES_LIMIT = 200;
/** Article ids one GET /v1/stories?article= or /v1/story-links may name. */
export const MAX_ARTICLE_IDS = 200;

const ARTICLE_ID = /^art-[0-9a-f]{16}$/;
/** `story:` and the key of the unit that opened it: the article id and its event (or `report`). */
const STORY_ID = /^story:art-[0-9a-f]{16}#[A-Za-z0-9_.-]{1,64}$/;

const q = (name: string, description: string, example?: string) =>
  z.string().min(1, 'must not be empty').optional().openapi({ param: { name, in: 'query' }, description, example });

const wholeNumber = (name: string, description: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be from ${min} to ${max}`)
    .optional()
    .openapi({ param: { name, in: 'query' }, description, type: 'integer' } as never);

const articleIds = (name: string, description: string) =>
  z
    .string()
    .min(1, 'must not be empty')
    .transform((s) => s.split(',').map((x) => x.trim()))
    .refine((ids) => ids.every((id) => ARTICLE_ID.test(id)), 'must be article ids such as "art-0123456789abcdef", comma-separated')
    .refine((ids) => ids.length <= MAX_ARTICLE_IDS, `names at most ${MAX_ARTICLE_IDS} articles`)
    .optional()
    .openapi({ param: { name, in: 'query' }, description, type: 'string', example: 'art-0123456789abcdef' } as never);

export const StoriesQuery = z
  .object({
    since: q('since', 'YYYY-MM-DD: stories whose last day is on or after it.'),
    until: q('until', 'YYYY-MM-DD: stories whose first day is on or before it.'),
    country: q('country', 'Stories with a place in this country: ISO code or name.', 'PK'),
    type: q('type', 'Stories with an event of these types, comma-separated (docs/taxonomy.md).', 'prisoner-release'),
    minSources: wholeNumber('minSources', 'At least this many independent sources (syndicated copies and one publisher’s reports count once).', 1, 1_000_000),
    article: articleIds('article', 'Stories holding a report from one of these articles (comma-separated ids).'),
    limit: wholeNumber('limit', `Stories per page: default ${DEFAULT_STORIES_LIMIT}, at most ${MAX_STORIES_LIMIT}.`, 1, MAX_STORIES_LIMIT),
    cursor: q('cursor', 'The `nextCursor` of the previous page, with the same filters.'),
  })
  .strict();

export const StoryIdParam = z.object({
  id: z
    .string()
    .regex(STORY_ID, 'must be a story id such as "story:art-0123456789abcdef#e1" (URL-encoded in the path: story%3Aart-…%23e1)')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'story:art-0123456789abcdef#e1' }),
});

export const StoryLinksQuery = z
  .object({
    article: articleIds('article', 'Article ids, comma-separated: the stories their events joined.'),
  })
  .strict();

const Place = z.object({}).passthrough().openapi({ description: 'A place: id, name, kind, country, admin1, lat, lon, precision (1 town, 2 near a town or part of a region, 3 a province or larger).' });
const Contradiction = z.object({ field: z.string(), values: z.array(z.object({ value: z.string(), reports: z.array(z.string()) }).passthrough()) });

const storyFields = {
  id: z.string(),
  title: z.string().nullable().openapi({ description: 'The headline of its first report.' }),
  firstDay: z.string().openapi({ description: 'The first day of its events (YYYY-MM-DD).' }),
  lastDay: z.string(),
  firstPublished: z.string(),
  latestPublished: z.string(),
  firstArticle: z.string().openapi({ description: 'The first report (article id).' }),
  latestArticle: z.string().openapi({ description: 'The latest report (article id).' }),
  reports: z.number().int(),
  independentSources: z.number().int().openapi({ description: 'Reports, counting a near-duplicate with its first copy and one publisher’s reports as one source.' }),
  publishers: z.array(z.string()),
  types: z.array(z.string()),
  places: z.array(Place),
  countries: z.array(z.string()),
  contradictions: z.array(Contradiction).openapi({ description: 'Each field the reports disagree on, each value with the article ids that state it.' }),
  position: z.object({ firstDay: z.string(), openedSeq: z.number().int() }).openapi({ description: 'Its place in the list order (what a cursor encodes).' }),
};

export const StorySummary = z.object(storyFields).openapi('StorySummary');

export const StoriesResponse = z
  .object({
    stories: z.array(StorySummary).openapi({ description: 'Stories by first day, then the order they were opened.' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .openapi('StoriesPage');

const Statement = z.object({
  articleId: z.string(),
  publisher: z.string(),
  published: z.string(),
  title: z.string().nullable(),
  eventId: z.string().nullable().openapi({ description: 'The event of that report the value comes from.' }),
  text: z.string().openapi({ description: 'The words stating it (a count’s phrase), or the value itself for a place or date.' }),
  toldBy: z.string().nullable().openapi({ description: 'Who gave the figure when it is a rival toll the report gives beside its event’s own ("the Taliban"); null otherwise.' }),
  sentence: z.string().nullable().openapi({ description: 'The clause or sentence of that event in the report.' }),
});

const Report = z
  .object({
    articleId: z.string(),
    publisher: z.string(),
    published: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    nearDupOf: z.string().nullable().openapi({ description: 'The first copy, when this report is a near-duplicate (it then adds no independent source).' }),
    units: z.array(z.object({}).passthrough()).openapi({ description: 'Its events in this story: eventId, type, day, place, text (the event’s clause or sentence), counts (kind, value, qualifier, text), and how and why it joined (score, reasons).' }),
  })
  .openapi('StoryReport');

export const StoryResponse = z
  .object({
    ...storyFields,
    contradictions: z.array(z.object({ field: z.string(), values: z.array(z.object({ value: z.string(), reports: z.array(z.string()), statedBy: z.array(Statement) })) })),
    reportsSideBySide: z.array(Report),
  })
  .openapi('Story');

export const StoryLinksResponse = z
  .object({
    links: z.array(z.object({ articleId: z.string(), eventId: z.string().nullable(), storyId: z.string(), reports: z.number().int(), independentSources: z.number().int() })).openapi({
      description: 'For each event of the articles (eventId null: a report without events), the story it joined.',
    }),
  })
  .openapi('StoryLinks');
