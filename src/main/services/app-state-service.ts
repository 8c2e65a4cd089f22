import { access, constants, mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { AppStateView } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { DEFAULT_SETTINGS, EMPTY_REFERENCE_NOTES, folderViewSchema, referenceNotesSchema, settingsSchema, type FolderView, type ReferenceNotes, type Settings } from '../../shared/settings'
import { removeOrphanTemporaries, writeFailure, writeFileAtomic } from './atomic-write'
import { savedWindowSchema, type SavedWindow } from './window-state'

const MAX_RECENT_FOLDERS = 10

const MAX_FOLDER_VIEWS = 30

const stateSchema = z.object({
  version: z.literal(1),
  recentFolders: z.array(z.string()).max(100),
  // Added after the first version: files written before them read with their defaults.
  settings: settingsSchema.default(DEFAULT_SETTINGS),
  folderViews: z.record(z.string(), folderViewSchema).default({}),
  referenceNotes: z.record(z.string(), referenceNotesSchema).default({}),
  window: savedWindowSchema.nullable().default(null),
})

type AppState = z.infer<typeof stateSchema>

const DEFAULT_STATE: AppState = { version: 1, recentFolders: [], settings: DEFAULT_SETTINGS, folderViews: {}, referenceNotes: {}, window: null }

const KEPT_FOR_THIS_RUN = 'Recent folders and settings are kept until Communique closes, not after.'

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder'
  if (code === 'EROFS') return 'the disk is read-only'
  return error instanceof Error ? error.message : String(error)
}

/**
 * The app's own state (recent folders, settings, how each folder was shown) in one JSON file in
 * the user's data folder. Writes are atomic and one at a time. Nothing the user had is lost: a
 * file that cannot be understood is set aside, and a file that cannot be read (or set aside) is
 * never written over: the app runs on its defaults, says so, and refuses to save in that run.
 */
export class AppStateService {
  private state: AppState = DEFAULT_STATE
  private readonly notices: string[] = []
  /** Why nothing may be saved in this run; set when saving would overwrite a file not read. */
  private refusal: AppError | null = null
  private readonly file: string

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(dataDir, 'state.json')
  }

  async load(): Promise<void> {
    await removeOrphanTemporaries(this.dataDir)
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') await this.checkWritable()
      else {
        this.refuseSaving(
          writeFailure(error, this.file).code,
          `Communique could not read its state file ${this.file} (${reasonOf(error)}). It runs with default settings and no recent folders, and will not save over that file until it is restarted with the file readable again.`,
        )
      }
      return
    }
    try {
      this.state = stateSchema.parse(JSON.parse(text))
    } catch {
      await this.setAside()
      return
    }
    await this.checkWritable()
  }

  view(): AppStateView {
    return { recentFolders: [...this.state.recentFolders], notices: [...this.notices], settings: this.state.settings, folderViews: { ...this.state.folderViews } }
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.state = { ...this.state, settings }
    await this.write()
  }

  /** How a folder was last shown (sort, the document being read); the oldest are forgotten first. */
  async saveFolderView(root: string, view: FolderView): Promise<void> {
    const others = Object.entries(this.state.folderViews).filter(([known]) => known !== root).slice(-(MAX_FOLDER_VIEWS - 1))
    this.state = { ...this.state, folderViews: Object.fromEntries([...others, [root, view]]) }
    await this.write()
  }

  /** Names added and links corrected in a folder. */
  referenceNotes(root: string): ReferenceNotes {
    return this.state.referenceNotes[root] ?? EMPTY_REFERENCE_NOTES
  }

  /** The names the analyst gives a document of a folder, replacing those given before. */
  async saveDocumentNames(root: string, path: string, names: string[]): Promise<void> {
    const notes = this.referenceNotes(root)
    const kept = Object.entries(notes.names).filter(([known]) => known !== path)
    const unique = [...new Set(names.map((name) => name.trim()))].filter(Boolean)
    await this.saveReferenceNotes(root, { ...notes, names: Object.fromEntries(unique.length ? [...kept, [path, unique]] : kept) })
  }

  /** Where the analyst says a reference leads: a document of the folder, null for nowhere, undefined to forget the choice. */
  async chooseReferenceTarget(root: string, key: string, document: string | null | undefined): Promise<void> {
    const notes = this.referenceNotes(root)
    const kept = Object.entries(notes.links).filter(([known]) => known !== key)
    await this.saveReferenceNotes(root, { ...notes, links: Object.fromEntries(document === undefined ? kept : [...kept, [key, document]]) })
  }

  private async saveReferenceNotes(root: string, notes: ReferenceNotes): Promise<void> {
    const others = Object.entries(this.state.referenceNotes).filter(([known]) => known !== root).slice(-(MAX_FOLDER_VIEWS - 1))
    this.state = { ...this.state, referenceNotes: Object.fromEntries([...others, [root, notes]]) }
    await this.write()
  }

  /** The main window as it was left (Electron), or null the first time. */
  savedWindow(): SavedWindow | null {
    return this.state.window
  }

  async saveWindow(window: SavedWindow): Promise<void> {
    this.state = { ...this.state, window }
    await this.write()
  }

  lastFolder(): string | null {
    return this.state.recentFolders[0] ?? null
  }

  async rememberFolder(folder: string): Promise<void> {
    const recentFolders = [folder, ...this.state.recentFolders.filter((known) => known !== folder)].slice(0, MAX_RECENT_FOLDERS)
    this.state = { ...this.state, recentFolders }
    await this.write()
  }

  /** A damaged file is renamed, never overwritten: the user may want it back. */
  private async setAside(): Promise<void> {
    const setAside = join(this.dataDir, `state.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}.json`)
    try {
      await rename(this.file, setAside)
    } catch (error) {
      this.refuseSaving(
        writeFailure(error, this.file).code,
        `Communique's state file ${this.file} is damaged and could not be set aside (${reasonOf(error)}). It runs with default settings and no recent folders, and saves nothing until it is restarted.`,
      )
      return
    }
    this.notice(`The app's state file could not be read and was set aside as ${setAside}; recent folders and settings were reset.`)
  }

  /** Says at start, not at the first save, that the data folder cannot be written. */
  private async checkWritable(): Promise<void> {
    try {
      await mkdir(this.dataDir, { recursive: true })
      await access(this.dataDir, constants.W_OK)
    } catch (error) {
      this.notice(`${writeFailure(error, this.file).message} ${KEPT_FOR_THIS_RUN}`)
    }
  }

  private refuseSaving(code: AppError['code'], message: string): void {
    this.refusal = new AppError(code, message)
    this.notice(message)
  }

  private notice(message: string): void {
    if (!this.notices.includes(message)) this.notices.push(message)
  }

  /**
   * Saves the state as it is now. The text is taken before anything is awaited, so writes land
   * in the order they were asked for and the last one wins.
   */
  private async write(): Promise<void> {
    if (this.refusal) throw this.refusal
    try {
      await writeFileAtomic(this.file, this.serialized())
    } catch (error) {
      // The data folder was removed while the app ran: made again, with the state as it is by then.
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw this.failed(error)
      try {
        await mkdir(this.dataDir, { recursive: true })
        await writeFileAtomic(this.file, this.serialized())
      } catch (again) {
        throw this.failed(again)
      }
    }
  }

  private failed(error: unknown): AppError {
    const failure = writeFailure(error, this.file)
    this.notice(`${failure.message} ${KEPT_FOR_THIS_RUN}`)
    return failure
  }

  private serialized(): string {
    return `${JSON.stringify(this.state, null, 2)}\n`
  }
}
