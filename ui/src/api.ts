// The UI's only way to the server: its HTTP API.
import type { Analysis } from '../../src/model/analysis.ts';

export interface AnalyzeInput {
  text?: string;
  html?: string;
  published?: string;
}

/** A refusal from the server ({ error: { code, message } }) or a failure to reach it. */
export class ApiFailure extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function analyzeArticle(input: AnalyzeInput, signal?: AbortSignal): Promise<Analysis> {
  let res: Response;
  try {
    res = await fetch('/v1/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(input),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiFailure(0, 'E_NETWORK', 'the server could not be reached');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiFailure(res.status, 'E_BAD_RESPONSE', `the server answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } }).error;
    throw new ApiFailure(res.status, err?.code ?? 'E_UNKNOWN', err?.message ?? `the server answered ${res.status}`);
  }
  return body as Analysis;
}

/** What the person can do about a failure. */
export function adviceFor(f: ApiFailure): string {
  switch (f.code) {
    case 'E_NETWORK':
      return 'Check that `corroborate serve` is still running, then try again.';
    case 'E_TOO_LARGE':
      return 'Send a shorter article, or restart the server with a larger --max-body-bytes.';
    case 'E_LANGUAGE':
      return 'Only English articles can be analysed.';
    case 'E_EMPTY':
      return 'Paste the article text itself, or upload the saved article page.';
    case 'E_BINARY':
    case 'E_ENCODING':
      return 'Upload a plain-text (UTF-8) or HTML file.';
    case 'E_BAD_REQUEST':
    case 'E_BAD_OPTION':
      return 'Correct the field named above and analyse again.';
    default:
      return f.status >= 500 ? 'This is a fault in the server; its log has the details.' : 'Correct the input and try again.';
  }
}
