import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import type { AppErrorData } from '../../shared/errors'
import { temporaryPathFor } from './atomic-write'

/** The journal is written at most this often while files are read (and at once when a folder starts or ends). */
const WRITE_INTERVAL_MS = 250
/** Files the app stopped on, remembered until they change; the oldest are forgotten first. */
const MAX_STOPPED_FILES = 50
/** How many files a notice names before it counts the rest. */
const NAMED_IN_NOTICE = 3

const stoppedFileSchema = z.object({ root: z.string(), path: z.string(), size: z.number(), mtimeMs: z.number(), at: z.string() })

const journalSchema = z.object({
  version: z.literal(1),
  /** Folders being read, each with the files being read at the moment (relative paths). */
  reading: z.record(z.string(), z.array(z.string()).max(1000)),
  stopped: z.array(stoppedFileSchema).max(MAX_STOPPED_FILES),
})

type StoppedFile = z.infer<typeof stoppedFileSchema>

/** What the library tells the journal as it reads a folder in the background. */
export interface ReadingRecorder {
  /** The files of `root` being read right now (none between two files). */
  reading(root: string, paths: readonly string[]): void
  /** The folder's reading is done, or the folder was closed. */
  finished(root: string): void
  /** Why a file is not read: the app stopped while reading it and it has not changed since; else null. */
  skipped(root: string, path: string, size: number, mtimeMs: number): AppErrorData | null
}

/** A folder whose reading was interrupted when the app last stopped, and the files it was reading. */
export interface Interruption {
  root: string
  paths: string[]
}

function listed(paths: string[]): string {
  const named = paths.slice(0, NAMED_IN_NOTICE)
  const others = paths.length - named.length
  if (others > 0) return `${named.join(', ')} and ${others} other file${others === 1 ? '' : 's'}`
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]!
}

/**
 * A crash-safe start. While a folder is read in the background, a small file in the data folder
 * says which folder and which files are being read; it is cleared when the reading is done or
 * the folder is closed. A journal still there at the next start means the app died mid-read
 * (a document that took all the memory, a kill): that folder is not reopened by itself, the
 * user is told which folder and files, and those files are skipped — listed as not read — until
 * they change, so opening the folder again does not stop the app again.
 *
 * Written synchronously and without fsync: the record must be on disk before the read it
 * announces starts, and only a dying process, not a power cut, has to be survived.
 */
export class ReadingJournal implements ReadingRecorder {
  private readonly file: string
  private readonly inFlight = new Map<string, string[]>()
  private stopped: StoppedFile[] = []
  private interrupted: Interruption[] = []
  private lastWrite = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  /** The app is quitting on purpose: what is being read is not a crash, and is not recorded. */
  private closed = false

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(dataDir, 'reading-journal.json')
  }

  /** Reads what the last run left; a reading left unfinished becomes an interruption. */
  async load(): Promise<void> {
    let journal: z.infer<typeof journalSchema>
    try {
      journal = journalSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')))
    } catch {
      // No journal, or one that cannot be understood: nothing is known of the last run.
      return
    }
    this.stopped = journal.stopped
    const at = this.now().toISOString()
    for (const [root, paths] of Object.entries(journal.reading)) {
      this.interrupted.push({ root, paths })
      for (const path of paths) {
        const info = await stat(join(root, path)).catch(() => null)
        if (info) this.stopped.push({ root, path, size: info.size, mtimeMs: info.mtimeMs, at })
      }
    }
    this.stopped = this.stopped.slice(-MAX_STOPPED_FILES)
    if (this.interrupted.length) this.writeNow()
  }

  interruptions(): Interruption[] {
    return this.interrupted.map((interruption) => ({ ...interruption, paths: [...interruption.paths] }))
  }

  /** Whether the app stopped while reading this folder last time (then it is not opened at start). */
  async wasInterrupted(folder: string): Promise<boolean> {
    const real = await realpath(folder).catch(() => resolve(folder))
    return this.interrupted.some((interruption) => interruption.root === real)
  }

  notices(): string[] {
    return this.interrupted.map(({ root, paths }) =>
      paths.length === 0
        ? `Communique stopped while reading the folder ${root}, so it was not opened at start. Open it again to read it.`
        : `Communique stopped while reading ${listed(paths)} in ${root}, so that folder was not opened at start. Open it again: ${paths.length === 1 ? 'that file is' : 'those files are'} listed as not read until changed; the others are read as usual.`,
    )
  }

  reading(root: string, paths: readonly string[]): void {
    if (this.closed) return
    const first = !this.inFlight.has(root)
    this.inFlight.set(root, [...paths])
    if (first) this.writeNow()
    else this.writeSoon()
  }

  finished(root: string): void {
    if (this.inFlight.delete(root)) this.writeNow()
  }

  /** For a process ending on purpose (quit, Ctrl+C): the reading it cuts short is not a crash. */
  close(): void {
    this.closed = true
    this.inFlight.clear()
    this.writeNow()
  }

  skipped(root: string, path: string, size: number, mtimeMs: number): AppErrorData | null {
    const index = this.stopped.findIndex((file) => file.root === root && file.path === path)
    if (index < 0) return null
    const file = this.stopped[index]!
    if (file.size === size && file.mtimeMs === mtimeMs) {
      return {
        code: 'TOO_COMPLEX',
        message: `Communique stopped while reading this file (${file.at.slice(0, 10)}), so it is not read again until it changes. Open it in its own application, or save it again to retry.`,
      }
    }
    // Changed since: read again like any other file.
    this.stopped.splice(index, 1)
    this.writeSoon()
    return null
  }

  /** Now if the last write is old enough, else once it is: the latest record always lands. */
  private writeSoon(): void {
    if (this.timer) return
    const wait = this.lastWrite + WRITE_INTERVAL_MS - Date.now()
    if (wait <= 0) return this.writeNow()
    this.timer = setTimeout(() => this.writeNow(), wait)
    this.timer.unref()
  }

  private writeNow(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.lastWrite = Date.now()
    const journal: z.infer<typeof journalSchema> = { version: 1, reading: Object.fromEntries(this.inFlight), stopped: this.stopped }
    const temporary = temporaryPathFor(this.file)
    try {
      writeFileSync(temporary, JSON.stringify(journal), { mode: 0o600 })
      renameSync(temporary, this.file)
    } catch {
      // The app's state says when its data folder cannot be written; reading goes on unjournaled.
      try {
        rmSync(temporary, { force: true })
      } catch {
        // Left for the next start to remove.
      }
    }
  }
}
