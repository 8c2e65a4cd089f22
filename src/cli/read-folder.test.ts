import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTestFolders } from '../main/services/test-folder'
import { useReaderPools } from '../main/services/test-readers'
import { folderReferences, ReadOnce } from './read-folder'
import { readReportDocuments } from './report-command'

const folderWith = useTestFolders()
const readers = useReaderPools()

/** A folder of statements that cite one another, and two that cite nothing else. */
function statements(count: number): Record<string, string> {
  const files: Record<string, string> = {
    'a.txt': 'Joint Statement of 1 May 2020\n\n1. The Parties agree.\n\n2. As set out in paragraph 1 above, they meet again.',
    'b.txt': 'Joint Statement of 1 May 2020\n\n1. The Parties agree at once.\n\n2. As set out in paragraph 1 above, they meet again.',
  }
  for (let i = 0; i < count; i++) files[`s${i}.txt`] = `Statement ${i}\n\n1. See paragraph 1 of the Joint Statement of 1 May 2020.\n\n2. Text.`
  return files
}

describe('folder commands read each file once', () => {
  it('refs: every file is read once, though it is listed and then read for its references', async () => {
    const files = statements(30)
    const root = await folderWith(files)
    const pool = readers()
    const { references } = await folderReferences(root, new ReadOnce(pool))
    expect(references.filter((reference) => reference.target?.document === 'a.txt' || reference.target?.document === 'b.txt').length).toBeGreaterThan(0)
    expect(pool.requested).toBe(Object.keys(files).length)
  })

  it('report: only its inputs when they cite nothing but themselves, with the same references the folder gives', async () => {
    const root = await folderWith(statements(30))
    const pool = readers()
    const [a, b] = await readReportDocuments(pool, [join(root, 'a.txt'), join(root, 'b.txt')])
    expect(pool.requested).toBe(2)
    const { references } = await folderReferences(root, new ReadOnce(readers()))
    expect(a!.references).toEqual(references.filter((reference) => reference.source === 'a.txt'))
    expect(b!.references.map((reference) => reference.target?.document)).toEqual(['b.txt'])
  })

  it('report: the folder too when an input cites another document, each file still read once', async () => {
    const files = statements(30)
    const root = await folderWith(files)
    const pool = readers()
    const [cites] = await readReportDocuments(pool, [join(root, 's3.txt'), join(root, 'a.txt')])
    expect(cites!.references[0]?.candidates.map((candidate) => candidate.document).sort()).toEqual(['a.txt', 'b.txt'])
    expect(pool.requested).toBe(Object.keys(files).length)
  })
})
