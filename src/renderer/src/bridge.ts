import type { Channel, ChannelArgs, ChannelResult, RawBridge } from '../../shared/contract'
import type { Envelope } from '../../shared/errors'
import { callOverHttp, unwrap } from './bridge-http'

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

/** The web host's token; null in Electron, where the preload carries the calls. */
const token = window.communique ? null : takeWebToken()

/**
 * Where a worker may call the host itself: the web host's token (a worker fetches with it), or
 * null in Electron, where only the window reaches the preload and hands results on.
 */
export function hostTokenForWorkers(): string | null {
  return token
}

function rawBridge(): RawBridge {
  if (window.communique) return window.communique
  return new Proxy({} as RawBridge, {
    get: (_target, channel: string) => (args: unknown) => callOverHttp(token ?? '', channel as Channel, args),
  })
}

const raw = rawBridge()

/** Calls one channel of the contract; failures arrive as AppError with a stable code. */
export async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const send = raw[channel] as (args: ChannelArgs<C>) => Promise<Envelope<ChannelResult<C>>>
  return unwrap<C>(await send(args))
}
