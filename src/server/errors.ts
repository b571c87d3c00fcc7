// One place that turns anything thrown inside a request into the API's error shape
// `{ error: { code, message } }` with the right HTTP status. Library errors keep their stable
// codes; errors that only exist at the HTTP boundary get codes of their own. Internal errors
// never reach the client with a stack or their message.

import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isCorroborateError, type ErrorCode } from '../model/errors.ts';

/** Codes the HTTP API adds to the library's (`E_TOO_LARGE`, `E_LANGUAGE`, ...). */
export type ApiErrorCode =
  | 'E_BAD_REQUEST'
  | 'E_BAD_JSON'
  | 'E_UNSUPPORTED_MEDIA_TYPE'
  | 'E_ROUTE_NOT_FOUND'
  | 'E_METHOD_NOT_ALLOWED'
  | 'E_UI_NOT_BUILT'
  | 'E_UNAUTHORIZED'
  | 'E_WRITES_DISABLED'
  | 'E_NO_STORE'
  | 'E_INTERNAL';

export interface ErrorBody {
  error: { code: ApiErrorCode | ErrorCode; message: string };
}

/** An error raised by the server itself, already carrying its status. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode | ErrorCode;
  readonly headers: Record<string, string>;
  constructor(status: ContentfulStatusCode, code: ApiErrorCode | ErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** The HTTP status for each library error code: the input's fault is 4xx, our data's is 5xx. */
const STATUS_OF_LIBRARY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  E_NO_INPUT: 400,
  E_BAD_OPTION: 400,
  E_NOT_FOUND: 404,
  E_NOT_A_FILE: 400,
  E_EMPTY: 422,
  E_BINARY: 422,
  E_ENCODING: 422,
  E_LANGUAGE: 422,
  E_TOO_LARGE: 413,
  E_PIPELINE: 500,
  E_DATA: 500,
};

export interface MappedError {
  status: ContentfulStatusCode;
  body: ErrorBody;
  headers: Record<string, string>;
  /** True when the cause is ours, not the client's: worth logging. */
  internal: boolean;
}

export function mapError(e: unknown): MappedError {
  if (e instanceof ApiError) {
    return { status: e.status, body: errorBody(e.code, e.message), headers: e.headers, internal: false };
  }
  if (isCorroborateError(e)) {
    const status = STATUS_OF_LIBRARY_CODE[e.code] ?? 500;
    // A library error that is our fault (bad data files) still names only what it is.
    return { status, body: errorBody(e.code, e.message), headers: {}, internal: status >= 500 };
  }
  if (e instanceof HTTPException) {
    const status = e.status as ContentfulStatusCode;
    if (status === 413) {
      return { status, body: errorBody('E_TOO_LARGE', 'request body is too large'), headers: {}, internal: false };
    }
    if (status < 500) {
      return { status, body: errorBody('E_BAD_REQUEST', e.message || 'bad request'), headers: {}, internal: false };
    }
  }
  return {
    status: 500,
    body: errorBody('E_INTERNAL', 'internal server error; the server log has the details'),
    headers: {},
    internal: true,
  };
}

export function errorBody(code: ApiErrorCode | ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
