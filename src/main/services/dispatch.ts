// Turns a method name and untrusted arguments into an Outcome: the name is checked against the
// contract, the arguments against its zod schema, and thrown errors become error values.
import { contract, type Handlers } from '../../shared/api/contract';
import { isMethod } from '../../shared/api/methods';
import { MarginError, fail, ok, type Outcome } from '../../shared/api/result';

export type Dispatch = (method: unknown, args: unknown) => Promise<Outcome<unknown>>;

export function createDispatch(handlers: Handlers, onInternalError?: (err: unknown) => void): Dispatch {
  return async (method, args) => {
    if (!isMethod(method)) return fail('unknown_method', `Unknown call: ${String(method).slice(0, 80)}`);
    const parsed = contract[method].args.safeParse(args ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return fail('invalid_args', `Invalid arguments for ${method}${where}: ${issue?.message ?? 'rejected'}`);
    }
    try {
      const handler = handlers[method] as (a: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (err) {
      if (err instanceof MarginError) return fail(err.code, err.message);
      onInternalError?.(err);
      return fail('internal', `Something went wrong in ${method}: ${(err as Error)?.message ?? String(err)}`);
    }
  };
}
