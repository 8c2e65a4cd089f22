import type { Channel, ChannelArgs, ChannelResult, RawBridge } from '../../shared/contract'
import { AppError, type Envelope } from '../../shared/errors'

const TOKEN_KEY = 'communique.token'

/**
 * The web host's token arrives in the address it printed. It is taken from there once, kept for
 * the tab (sessionStorage: a reload keeps working) and removed from the address, so it stays out
 * of the address bar, of what is copied or shared from it, and of later history entries.
 */
function takeWebToken(): string {
  const address = new URL(window.location.href)
  const fromAddress = address.searchParams.get('token')
  if (fromAddress) {
    sessionStorage.setItem(TOKEN_KEY, fromAddress)
    address.searchParams.delete('token')
    history.replaceState(history.state, '', address)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

async function callOverHttp(token: string, channel: Channel, args: unknown): Promise<Envelope<unknown>> {
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

function rawBridge(): RawBridge {
  if (window.communique) return window.communique
  const token = takeWebToken()
  return new Proxy({} as RawBridge, {
    get: (_target, channel: string) => (args: unknown) => callOverHttp(token, channel as Channel, args),
  })
}

const raw = rawBridge()

/** Calls one channel of the contract; failures arrive as AppError with a stable code. */
export async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const send = raw[channel] as (args: ChannelArgs<C>) => Promise<Envelope<ChannelResult<C>>>
  const envelope = await send(args)
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message)
  return envelope.value
}
