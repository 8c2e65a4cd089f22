import { spawnSync } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTestFolders } from '../main/services/test-folder'

const folderWith = useTestFolders()
/** The built CLI: Vitest's global set-up builds the app first. */
const CLI = resolve('out/main/cli.js')

function search(dataDir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'search', ...args], { encoding: 'utf8', env: { ...process.env, COMMUNIQUE_DATA_DIR: dataDir } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('communique search', () => {
  it('prints the paragraphs found as JSON, keeps its index in the data folder, and filters', async () => {
    const root = await folderWith({
      'statement.txt': 'Joint Statement\n\n1. A complete ceasefire is declared.\n\n2. The trilateral statement is implemented.',
      'zayavlenie.txt': 'Заявление\n\n1. Объявляется полное прекращение огня согласно заявлению.',
    })
    const dataDir = await folderWith()
    const found = search(dataDir, [root, '"trilateral statement"', '--json'])
    expect(found.status).toBe(0)
    const hits = JSON.parse(found.stdout) as { path: string; paragraph: number; number: string | null; snippet: string; hits: [number, number][]; score: number }[]
    expect(hits).toMatchObject([{ path: 'statement.txt', paragraph: 2, number: '2', snippet: '2. The trilateral statement is implemented.', hits: [[7, 27]] }])
    expect(hits[0]!.score).toBeGreaterThan(0)
    expect(await readdir(join(dataDir, 'search-index'))).toHaveLength(1)

    expect(JSON.parse(search(dataDir, [root, 'заявлением', '--json']).stdout)).toMatchObject([{ path: 'zayavlenie.txt', paragraph: 1 }])
    expect(JSON.parse(search(dataDir, [root, 'заявлением', '--json', '--language', 'en']).stdout)).toEqual([])
    expect(search(dataDir, [root, 'ceasefire']).stdout).toBe('statement.txt ¶ 1 (1): 1. A complete [ceasefire] is declared.\n')
  })

  it('refuses what it cannot use with its usage', async () => {
    const dataDir = await folderWith()
    const wrong = search(dataDir, ['only-a-folder'])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('search takes a folder and a query')
    expect(search(dataDir, ['.', 'x', '--kind', 'poem']).stderr).toContain('--kind poem is not one of statement')
  })
})
