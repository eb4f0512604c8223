// Errors cross process boundaries as values, never as thrown exceptions (only a thrown error's
// message survives Electron's invoke). Every call answers an Outcome.

export type ErrorCode =
  | 'not_found'
  | 'invalid_args'
  | 'unknown_method'
  | 'bad_input'
  | 'io'
  | 'read_only'
  | 'conflict'
  | 'unauthorized'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error a service throws on purpose: its code and message reach the user unchanged. */
export class MarginError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MarginError';
  }
}

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Outcome<never> => ({ ok: false, error: { code, message } });
