// The request validators of the HTTP API. The same zod objects check requests and generate
// /openapi.json, so the documentation cannot drift from what the server accepts. The analysis
// itself is described by docs/analysis.schema.json (the contract the CLI's JSON is tested
// against); it is copied into the OpenAPI components instead of being written twice.

import { readFileSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { isValidIsoDate } from '../analyze.ts';

const META_MAX = 2000;

export const AnalyzeRequest = z
  .object({
    text: z.string().min(1, 'must not be empty').optional().openapi({
      description: 'The article as plain text (one paragraph per line). Text that is an HTML page is read as HTML, as the CLI does.',
      example: 'Officials said on Monday that 12 militants were killed in North Waziristan.',
    }),
    html: z.string().min(1, 'must not be empty').optional().openapi({
      description: 'The article as an HTML page: its body is found with Readability and its metadata (title, date, URL) read.',
    }),
    published: z
      .string()
      .refine(isValidIsoDate, 'must be a date as YYYY-MM-DD, e.g. "2026-11-24"')
      .nullable()
      .optional()
      .openapi({ description: 'Publication date: the reference for "yesterday" or "last week". An HTML page gives its own when absent.', example: '2026-11-24' }),
    title: z.string().max(META_MAX).nullable().optional().openapi({ description: 'Article title (overrides the page title).' }),
    source: z.string().max(META_MAX).nullable().optional().openapi({ description: 'Publisher, e.g. "Dawn".' }),
    url: z.string().max(META_MAX).nullable().optional().openapi({ description: 'Article URL.' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = (body.text !== undefined ? 1 : 0) + (body.html !== undefined ? 1 : 0);
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: given === 0 ? ['text'] : ['html'],
        message: given === 0 ? 'give the article as "text" or as "html"' : 'give either "text" or "html", not both',
      });
    }
  })
  .openapi('AnalyzeRequest');

export type AnalyzeRequestBody = z.infer<typeof AnalyzeRequest>;

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'A stable code, e.g. E_BAD_REQUEST, E_TOO_LARGE, E_LANGUAGE.', example: 'E_BAD_REQUEST' }),
      message: z.string().openapi({ description: 'What is wrong, naming the field or input.', example: 'text: expected a string, got a number' }),
    }),
  })
  .openapi('Error');

export const Health = z.object({ status: z.literal('ok'), version: z.string() }).openapi('Health');

/** A zod issue → "field: what is wrong", the message a client sees. */
export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string; keys?: string[] }>, target: string = 'json'): string {
  return issues
    .map((issue) => {
      const inQuery = target === 'query' || target === 'param';
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : inQuery ? 'query' : 'body';
      if (issue.code === 'unrecognized_keys' && issue.keys && inQuery) {
        return `${where}: unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      }
      if (issue.code === 'unrecognized_keys' && issue.keys) {
        return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: text, html, published, title, source, url)`;
      }
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * docs/analysis.schema.json as OpenAPI 3.1 components: its $defs become components of their own
 * (`Analysis.mention`, ...) and its $refs follow them there.
 */
export function analysisSchemaComponents(): Record<string, object> {
  const path = new URL('../../docs/analysis.schema.json', import.meta.url);
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { $defs?: Record<string, unknown> };
  const { $defs = {}, $schema: _s, $id: _i, ...root } = schema;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] = k === '$ref' && typeof v === 'string' ? v.replace('#/$defs/', '#/components/schemas/Analysis.') : rewrite(v);
      }
      return out;
    }
    return value;
  };
  const components: Record<string, object> = { Analysis: rewrite(root) as object };
  for (const [name, def] of Object.entries($defs)) components[`Analysis.${name}`] = rewrite(def) as object;
  return components;
}
