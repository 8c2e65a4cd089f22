import type { Channel, ChannelArgs, ChannelResult } from '../../shared/contract'
import { AppError, type Envelope } from '../../shared/errors'

/**
 * One request to the web host: `POST /api/<channel>` with the page's token. Needs only `fetch`,
 * so the window and its workers call the host alike (a worker reads a long document itself and
 * the window never parses it).
 */
export async function callOverHttp(token: string, channel: Channel, args: unknown): Promise<Envelope<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-communique-token': token },
      body: JSON.stringify(args ?? {}),
    })
  } catch {
    return { ok: false, error: { code: 'IO_ERROR', message: 'The Communique host does not answer; is it still running?' } }
  }
  if (response.status === 401) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'This page has no valid access token; open the address the host printed.' } }
  }
  return (await response.json()) as Envelope<unknown>
}

/** A channel's result, or its failure as an AppError with its stable code. */
export function unwrap<C extends Channel>(envelope: Envelope<ChannelResult<C>>): ChannelResult<C> {
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message)
  return envelope.value
}

/** Calls one channel over HTTP: for workers, which have no `window.communique`. */
export async function callHost<C extends Channel>(token: string, channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  return unwrap<C>((await callOverHttp(token, channel, args)) as Envelope<ChannelResult<C>>)
}
