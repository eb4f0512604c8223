// The `api` object the UI talks to. It cannot tell which transport is underneath: Electron's
// preload bridge or the loopback web server.
import type { Args, Result } from './contract';
import type { LibraryEvent, Method } from './methods';
import type { Outcome } from './result';

export interface Transport {
  call(method: Method, args: unknown): Promise<Outcome<unknown>>;
  subscribe(listener: (event: LibraryEvent) => void): () => void;
}

export interface Api {
  call<M extends Method>(method: M, args: Args<M>): Promise<Outcome<Result<M>>>;
  /** Like call, but throws the error's message: for places that show failures in one spot. */
  get<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
  subscribe(listener: (event: LibraryEvent) => void): () => void;
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function createApi(transport: Transport): Api {
  const call = <M extends Method>(method: M, args: Args<M>) =>
    transport.call(method, args) as Promise<Outcome<Result<M>>>;
  return {
    call,
    async get(method, args) {
      const outcome = await call(method, args);
      if (!outcome.ok) throw new ApiCallError(outcome.error.code, outcome.error.message);
      return outcome.value;
    },
    subscribe: (listener) => transport.subscribe(listener),
  };
}
