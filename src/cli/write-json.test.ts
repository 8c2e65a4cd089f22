import fc from 'fast-check'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { writeJson } from './write-json'

async function written(value: unknown): Promise<string> {
  const out = new PassThrough({ highWaterMark: 1024 })
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  await writeJson(out, value)
  out.end()
  await new Promise((resolve) => out.on('end', resolve))
  return Buffer.concat(chunks).toString('utf8')
}

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, and a newline', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(await written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
      }),
      { numRuns: 300 },
    )
  })

  it('treats dates, undefined and functions as JSON.stringify does', async () => {
    const value = { when: new Date(0), gone: undefined, list: [undefined, () => 1, 'x'], nested: { deeper: { deepest: [new Date(1)] } } }
    expect(await written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })
})
