import { rm } from 'node:fs/promises'
import { generateFolder } from './folder'
import type { Measurement } from './measure'
import { formatMs, table, timeRuns } from './measure'
import { startHost, writeViewPair } from './view'

/**
 * What `folderReferences` costs the web host, beside the references section's detection and
 * resolution: versions and quotations over the generated folder, and the whole channel on a
 * generated pair of long statements (one a revision of the other), as the renderer meets it: the
 * first answer, the cached one, and a `readDocument` asked while the first is pending, against the
 * same `readDocument` asked alone (the ratio says whether the main thread was free).
 */
export const REFERENCES_TASKS: Record<string, (args: Record<string, number | string>) => Promise<Measurement>> = {
  'refs-relations': async ({ documents }) => {
    const { textRelations } = await import('../core/quotations/relations')
    const folder = generateFolder(documents as number, 20201110)
    let found = { versions: 0, quotations: 0 }
    const measurement = await timeRuns(() => {
      const relations = textRelations(folder)
      found = { versions: relations.versions.length, quotations: relations.quotations.length }
      return false
    }, true)
    return { ...measurement, extra: found }
  },
}

type Ask = (channel: string, args?: unknown) => Promise<unknown>

function contractOver(url: string): Ask {
  const { origin, searchParams } = new URL(url)
  const token = searchParams.get('token')!
  return async (channel, args = {}) => {
    const response = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-communique-token': token, origin }, body: JSON.stringify(args) })
    const answer = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    if (!answer.ok) throw new Error(`${channel}: ${answer.error?.message}`)
    return answer.value
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

interface PairMeasurement {
  words: number
  firstMs: number
  cachedMs: number
  readAloneMs: number
  readPendingMs: number
  references: number
  quotations: number
  versions: number
}

async function measurePair(hostScript: string, words: number): Promise<PairMeasurement> {
  const folder = await writeViewPair(words)
  const host = await startHost(hostScript, folder)
  try {
    const ask = contractOver(host.url)
    while (((await ask('folderStatus', { since: 0 })) as { reading: unknown }).reading) await new Promise((done) => setTimeout(done, 200))
    const read = () => ask('readDocument', { path: 'statement.txt' })
    await read()
    const readAlone = Math.min(...(await Promise.all([0, 1, 2].map(() => timed(read)))).map((timing) => timing.ms))
    const first = timed(() => ask('folderReferences') as Promise<{ references: { kind: string }[]; versions: unknown[] }>)
    // Asked once the references are under way: it answers at once when the main thread is free.
    await new Promise((done) => setTimeout(done, 100))
    const readPending = await timed(read)
    const { ms: firstMs, value } = await first
    const cached = await timed(() => ask('folderReferences'))
    return {
      words,
      firstMs,
      cachedMs: cached.ms,
      readAloneMs: readAlone,
      readPendingMs: readPending.ms,
      references: value.references.length,
      quotations: value.references.filter((reference) => reference.kind === 'quotation').length,
      versions: value.versions.length,
    }
  } finally {
    await host.stop()
    await rm(folder, { recursive: true, force: true })
  }
}

export async function folderReferencesSection(runChild: (task: string, args: Record<string, number>) => Measurement, hostScript: string, documents: number, quick: boolean): Promise<void> {
  const relations = runChild('refs-relations', { documents })
  console.log(
    table(
      ['documents', 'versions and quotations', 'groups of versions', 'quotations'],
      [[documents.toLocaleString('en'), formatMs(relations.medianMs), String(relations.extra!.versions), relations.extra!.quotations!.toLocaleString('en')]],
    ),
  )
  console.log(`\nfolderReferences over the web host, a generated statement and its revision (one run each, cold)\n`)
  const rows: string[][] = []
  for (const words of quick ? [100_000] : [100_000, 1_000_000]) {
    const pair = await measurePair(hostScript, words)
    rows.push([
      words.toLocaleString('en'),
      formatMs(pair.firstMs),
      formatMs(pair.cachedMs),
      formatMs(pair.readAloneMs),
      formatMs(pair.readPendingMs),
      `${(pair.readPendingMs / pair.readAloneMs).toFixed(1)}×`,
      `${(pair.readPendingMs / pair.firstMs).toFixed(3)}`,
      String(pair.versions),
      pair.quotations.toLocaleString('en'),
      pair.references.toLocaleString('en'),
    ])
  }
  console.log(table(['words each', 'first answer', 'cached', 'readDocument alone', 'while pending', 'pending/alone', 'pending/first', 'versions', 'quotations', 'entries'], rows))
  console.log('\nTarget: a readDocument asked while the references are pending answers in a small part of their time (pending/first well under 0.1).\n')
}
