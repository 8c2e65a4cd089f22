import { spawn, spawnSync } from 'node:child_process'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { generateDocument, editDocument } from '../bench/generate'
import { useTestFolders } from '../main/services/test-folder'

const folderWith = useTestFolders()
/** The built CLI: Vitest's global set-up builds the app first. */
const CLI = resolve('out/main/cli.js')

/** Runs the CLI with its output read through a pipe by a slow reader: a pause after every chunk. */
async function throughSlowPipe(args: string[]): Promise<{ code: number | null; stdout: Buffer }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  const chunks: Buffer[] = []
  for await (const chunk of child.stdout) {
    chunks.push(chunk as Buffer)
    if (chunks.length % 16 === 0) await sleep(5)
  }
  const code = await new Promise<number | null>((done) => (child.exitCode !== null ? done(child.exitCode) : child.on('exit', done)))
  return { code, stdout: Buffer.concat(chunks) }
}

/** The same command with its output sent to a file, which never cut it. */
function toFile(args: string[]): Buffer {
  return spawnSync(process.execPath, [CLI, ...args], { maxBuffer: 1024 * 1024 * 1024 }).stdout
}

describe('the CLI in a pipe', () => {
  it('delivers every byte of a multi-megabyte compare --json, refs --json and list --json to a slow reader', async () => {
    const original = generateDocument(100_000, 1)
    const edited = editDocument(original, 0.1, 2)
    const root = await folderWith({
      'a.txt': `Statement\n\n${original.join('\n\n')}`,
      'b.txt': `Statement\n\n${edited.join('\n\n')}`,
      ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`s${i}.txt`, `Statement ${i}\n\n1. See paragraph ${i % 7} of the Joint Statement of 1 May 2020.\n\n2. Text.`])),
    })
    for (const args of [['compare', join(root, 'a.txt'), join(root, 'b.txt'), '--json'], ['refs', root, '--json'], ['list', root, '--json']]) {
      const piped = await throughSlowPipe(args)
      expect(piped.code).toBe(0)
      expect(piped.stdout.length).toBeGreaterThan(args[0] === 'compare' ? 2_000_000 : 65_536)
      expect(piped.stdout.equals(toFile(args))).toBe(true)
      expect(() => void JSON.parse(piped.stdout.toString('utf8'))).not.toThrow()
    }
  }, 60_000)
})

describe('list on a folder with an unreadable subfolder', () => {
  it('lists the subfolder with its error instead of leaving it out', async () => {
    const root = await folderWith({ 'a.txt': 'A\n\nText.' })
    await mkdir(join(root, 'closed'))
    await writeFile(join(root, 'closed', 'secret.txt'), 'Secret\n\nText.')
    await chmod(root, 0o755)
    await chmod(join(root, 'a.txt'), 0o644)
    await chmod(join(root, 'closed'), 0o000)
    // Root reads every folder: the listing is made as an ordinary user (nobody) where the tests run as root.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const result = spawnSync(process.execPath, [CLI, 'list', root, '--json'], { encoding: 'utf8', ...asUser, env: { ...process.env, HOME: '/tmp' } })
    await chmod(join(root, 'closed'), 0o755)
    expect(result.stderr).toBe('')
    const listed = JSON.parse(result.stdout) as { path: string; error: { code: string; message: string } | null }[]
    expect(listed.map((entry) => entry.path).sort()).toEqual(['a.txt', 'closed'])
    expect(listed.find((entry) => entry.path === 'closed')?.error).toEqual({ code: 'IO_ERROR', message: 'The folder closed cannot be read: permission denied.' })
  })
})

describe('list --json on the samples', () => {
  it('says what each document is, its language, its names and where its date was read', () => {
    const result = spawnSync(process.execPath, [CLI, 'list', resolve('resources/samples'), '--json'], { encoding: 'utf8', env: { ...process.env, HOME: '/tmp' } })
    expect(result.stderr).toBe('')
    const listed = JSON.parse(result.stdout) as { path: string; kind: string | null; language: string | null; names: string[]; date: string | null; dateSource: string | null }[]
    const byPath = new Map(listed.map((entry) => [entry.path, entry]))
    expect(byPath.get('2020-11-10_trilateral-statement_az-mfa-en.txt')).toMatchObject({ kind: 'statement', language: 'en', date: '2020-11-10', dateSource: 'file name' })
    expect(byPath.get('2020-11-10_trilateral-statement_az-mfa-en.txt')?.names).toContain('trilateral statement')
    expect(byPath.get('2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt')).toMatchObject({ kind: 'news' })
    expect(byPath.get('2025-12-01_unga-resolution-80-37.txt')).toMatchObject({ kind: 'resolution', date: '2025-12-01', dateSource: 'signature' })
    expect(byPath.get('README.md')).toMatchObject({ kind: expect.any(String) as string, dateSource: expect.any(String) as string })
  })
})
