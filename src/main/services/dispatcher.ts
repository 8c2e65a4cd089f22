import { argumentSchemas } from '../../shared/schemas'
import { isChannel, type Channel, type ChannelArgs, type ChannelResult } from '../../shared/contract'
import { AppError, type Envelope } from '../../shared/errors'

export type Handlers = { [C in Channel]: (args: ChannelArgs<C>) => Promise<ChannelResult<C>> }

export type Dispatch = (channel: string, rawArgs: unknown) => Promise<Envelope<unknown>>

/**
 * The single entry for every request from a renderer, whether it came over IPC or HTTP: checks
 * the channel, validates the arguments, runs the handler and turns any failure into data.
 */
export function createDispatcher(handlers: Handlers, logError: (error: unknown) => void = console.error): Dispatch {
  return async (channel, rawArgs) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'INVALID_INPUT', message: `Unknown request "${channel}".` } }
    const parsed = argumentSchemas[channel].safeParse(rawArgs ?? {})
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('; ')
      return { ok: false, error: { code: 'INVALID_INPUT', message: `Invalid request to ${channel}: ${detail}` } }
    }
    try {
      const handler = handlers[channel] as (args: unknown) => Promise<unknown>
      return { ok: true, value: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() }
      logError(error)
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Communique; the details are in its log.' } }
    }
  }
}
