/**
 * The one entry point for a request from any host (Electron IPC or the browser host): parse the argument with
 * the channel's schema, run the handler, and turn what happens into an IpcResult. Nothing is thrown across the
 * boundary; errors a user can cause travel as i18next keys, anything else as `internal` and is logged.
 */
import { isChannel, type Channel } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import type { ChannelResult } from '../../../shared/ipc/results';
import { ARGUMENT_SCHEMAS, type ParsedArgs } from '../../../shared/ipc/schemas';
import { isSverkaError } from '../../../shared/errors';

/** The handler of each channel, taking the parsed argument. */
export type Handlers = { readonly [C in Channel]: (args: ParsedArgs<C>) => Promise<ChannelResult<C>> };

/** Validates and runs one request. */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
  log: (message: string) => void = (message) => console.error(message),
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return fail('ipc.unknownChannel', { channel: channel.slice(0, 80) });
  const parsed = ARGUMENT_SCHEMAS[channel].safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('ipc.invalidArgument', { channel, field: issue?.path.join('.') || '-' });
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (isSverkaError(error)) return fail(error.key, error.params);
    log(`sverka: ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fail('internal', { message: error instanceof Error ? error.message : String(error) });
  }
}
