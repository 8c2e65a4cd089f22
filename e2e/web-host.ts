import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const PROJECT_ROOT = resolve(__dirname, '..')
export const SAMPLES = join(PROJECT_ROOT, 'resources', 'samples')

/** The sample folder's documents the tests use, by what they are. */
export const SAMPLE = {
  AZ: '2020-11-10_trilateral-statement_az-mfa-en.txt',
  RU: '2020-11-10_trilateral-statement_ru-mfa-en.txt',
  COMMENTARY: '2021-08-12_az-mfa-commentary-304-21.txt',
  GULF: '2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt',
  RESOLUTION: '2025-12-01_unga-resolution-80-37.txt',
  ZAKHAROVA_RU: '2021-02-11_apa_zakharova-lachin-corridor_ru.txt',
  JANUARY_RU: '2021-01-11_trilateral-statement_ru.txt',
  JANUARY_AZ: '2021-01-11_trilateral-statement_az.txt',
} as const

export interface WebHost {
  url: string
  origin: string
  token: string
  dataDir: string
  /** Stops the host; its data folder goes too unless kept for a restart. */
  stop(options?: { keepDataDir?: boolean }): Promise<void>
}

/**
 * Starts the built web host (out/main/host.js) as a user would, with its own data folder (empty,
 * or as `prepareDataDir` leaves it: what a previous run left), and waits for the address it prints.
 * A restart passes the data folder a stopped host kept.
 */
export async function startWebHost(
  folder: string | null = SAMPLES,
  prepareDataDir?: (dataDir: string) => void,
  dataDir = mkdtempSync(join(tmpdir(), 'communique-e2e-')),
): Promise<WebHost> {
  prepareDataDir?.(dataDir)
  const args = [join(PROJECT_ROOT, 'out', 'main', 'host.js'), ...(folder ? [folder] : [])]
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, COMMUNIQUE_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolvePromise(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`web host exited with ${code}:\n${output}`))
    })
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    stop: async ({ keepDataDir = false } = {}) => {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
      if (!keepDataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
