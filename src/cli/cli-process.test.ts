import { spawn, spawnSync } from 'node:child_process'
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import JSZip from 'jszip'
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

describe('report files', () => {
  const PLAIN = 'Joint Statement\n\n1. The Parties agree to a complete ceasefire.\n\n2. The corridor remains open.'

  it('are written with the user’s umask, as any program writes a file, not 0600', async () => {
    const root = await folderWith({ 'a.txt': PLAIN, 'b.txt': PLAIN.replace('complete', 'full') })
    for (const [umask, mode] of [['022', 0o644], ['027', 0o640]] as const) {
      const output = join(root, `umask-${umask}.html`)
      const result = spawnSync('sh', ['-c', `umask ${umask} && exec "$0" "$@"`, process.execPath, CLI, 'report', join(root, 'a.txt'), join(root, 'b.txt'), '-o', output], { encoding: 'utf8' })
      expect(result.stderr).toBe('')
      expect((await stat(output)).mode & 0o777).toBe(mode)
    }
  }, 30_000)

  it('to a folder that does not exist: one line that says so, a failing exit code, no stack, nothing read or printed', async () => {
    const root = await folderWith({ 'a.txt': PLAIN, 'b.txt': PLAIN })
    for (const name of ['r.pdf', 'r.docx', 'r.html']) {
      const started = performance.now()
      const result = spawnSync(process.execPath, [CLI, 'report', join(root, 'a.txt'), join(root, 'b.txt'), '-o', join(root, 'missing-folder', name)], { encoding: 'utf8' })
      expect(result.status).toBe(1)
      expect(result.stderr).toBe(`communique: ${name} could not be saved: the folder ${join(root, 'missing-folder')} does not exist. [NOT_FOUND]\n`)
      expect(result.stdout).toBe('')
      // Refused before reading: no reading thread, no browser.
      expect(performance.now() - started).toBeLessThan(5000)
    }
  }, 30_000)

  it('as a Word file: two documents with the changes tracked, on the page asked for; more documents refused in one line', async () => {
    const root = await folderWith({ 'a.txt': PLAIN, 'b.txt': PLAIN.replace('complete', 'full'), 'c.txt': PLAIN })
    const output = join(root, 'changes.docx')
    const made = spawnSync(process.execPath, [CLI, 'report', join(root, 'a.txt'), join(root, 'b.txt'), '-o', output, '--page', 'letter', '--landscape'], { encoding: 'utf8' })
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    const xml = await (await JSZip.loadAsync(await readFile(output))).file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:delText xml:space="preserve">complete </w:delText>')
    expect(xml).toContain('<w:t xml:space="preserve">full </w:t>')
    expect(xml).toContain('<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>')

    const three = spawnSync(process.execPath, [CLI, 'report', join(root, 'a.txt'), join(root, 'b.txt'), join(root, 'c.txt'), '-o', join(root, 'three.docx')], { encoding: 'utf8' })
    expect(three.status).toBe(1)
    expect(three.stderr.trim().split('\n')).toEqual(['communique: A Word file with tracked changes holds the changes between two documents, not 3: make one for the base and each document in turn. [INVALID_INPUT]'])
    const page = spawnSync(process.execPath, [CLI, 'report', join(root, 'a.txt'), join(root, 'b.txt'), '-o', join(root, 'r.html'), '--page', 'a3'], { encoding: 'utf8' })
    expect(page.status).toBe(2)
    expect(page.stderr).toContain('--page is a4 or letter, not "a3".')
  }, 30_000)
})
