import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RequestThread } from './request-thread'

// A real thread: echoes a request's text, fails on 'fail', and stops its thread on 'stop'.
const SCRIPT = `
const { parentPort, threadId } = require('node:worker_threads')
parentPort.on('message', ({ id, text }) => {
  if (text === 'stop') process.exit(3)
  if (text === 'fail') return parentPort.postMessage({ id, ok: false, message: 'it failed' })
  parentPort.postMessage({ id, ok: true, value: text + ' from ' + threadId })
})
`

describe('RequestThread', () => {
  let folder: string
  let script: string
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'communique-thread-'))
    script = join(folder, 'echo.js')
    await writeFile(script, SCRIPT)
  })
  afterEach(() => rm(folder, { recursive: true, force: true }))

  it('answers each request by its id, in a thread started on the first and reused', async () => {
    const thread = new RequestThread<{ text: string }, string>(script, 'echo')
    const [a, b] = await Promise.all([thread.ask({ text: 'a' }), thread.ask({ text: 'b' })])
    expect(a).toMatch(/^a from \d+$/)
    expect(b).toBe(`b from ${a.split(' from ')[1]}`)
    await expect(thread.ask({ text: 'fail' })).rejects.toMatchObject({ code: 'INTERNAL', message: 'it failed' })
    await thread.close()
  })

  it('fails what is in hand when its thread stops, says so, and starts a new thread for the next request', async () => {
    let stops = 0
    const thread = new RequestThread<{ text: string }, string>(script, 'echo', () => stops++)
    const first = await thread.ask({ text: 'a' })
    await expect(thread.ask({ text: 'stop' })).rejects.toMatchObject({ code: 'INTERNAL', message: 'The echo thread stopped (exit 3).' })
    expect(stops).toBe(1)
    const second = await thread.ask({ text: 'a' })
    expect(second.split(' from ')[1]).not.toBe(first.split(' from ')[1])
    await thread.close()
    expect(stops).toBe(1)
  })
})
