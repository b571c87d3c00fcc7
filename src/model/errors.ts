// Errors for bad input or bad configuration: a stable code and a message that names the input.
// The CLI prints `message` without a stack trace and exits non-zero; library callers can switch
// on `code`.

export type ErrorCode =
  | 'E_NO_INPUT'
  | 'E_NOT_FOUND'
  | 'E_NOT_A_FILE'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_LANGUAGE'
  | 'E_BAD_OPTION'
  | 'E_PIPELINE'
  | 'E_DATA';

export class CorroborateError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CorroborateError';
    this.code = code;
  }
}

export function isCorroborateError(e: unknown): e is CorroborateError {
  return e instanceof CorroborateError;
}
