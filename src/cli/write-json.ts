import { once } from 'node:events'
import type { Writable } from 'node:stream'

/** Arrays and objects this shallow are written member by member; deeper ones whole. */
const STREAMED_DEPTH = 3
const CHUNK_CHARS = 64 * 1024

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline to a stream, the same characters, but
 * in pieces that wait for the stream to drain: a comparison of a million words is never one
 * string of tens of megabytes, and a slow pipe gets every byte.
 */
export async function writeJson(out: Writable, value: unknown): Promise<void> {
  let pending = ''
  for (const piece of jsonPieces(value, '', 0)) {
    pending += piece
    if (pending.length < CHUNK_CHARS) continue
    if (!out.write(pending)) await once(out, 'drain')
    pending = ''
  }
  if (!out.write(`${pending}\n`)) await once(out, 'drain')
}

/** What JSON.stringify does to a value before writing it: toJSON (dates) applied. */
function jsonValue(value: unknown): unknown {
  const withToJson = value as { toJSON?: () => unknown } | null
  return typeof withToJson?.toJSON === 'function' ? withToJson.toJSON() : value
}

/** Left out of objects, null in arrays, as JSON.stringify does. */
function isUnwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function* jsonPieces(raw: unknown, indent: string, depth: number): Generator<string> {
  const value = jsonValue(raw)
  const inner = `${indent}  `
  if (depth < STREAMED_DEPTH && Array.isArray(value) && value.length > 0) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`
      if (isUnwritable(value[i])) yield 'null'
      else yield* jsonPieces(value[i], inner, depth + 1)
    }
    yield `\n${indent}]`
    return
  }
  if (depth < STREAMED_DEPTH && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, member]) => !isUnwritable(jsonValue(member)))
    if (entries.length > 0) {
      yield '{'
      for (let i = 0; i < entries.length; i++) {
        const [key, member] = entries[i]!
        yield `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `
        yield* jsonPieces(member, inner, depth + 1)
      }
      yield `\n${indent}}`
      return
    }
  }
  // Newlines occur in JSON text only between its tokens (strings escape theirs), so the nesting is added after each.
  yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`)
}
