import { mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { AppStateView } from '../../shared/documents'
import { DEFAULT_SETTINGS, folderViewSchema, settingsSchema, type FolderView, type Settings } from '../../shared/settings'
import { writeFileAtomic } from './atomic-write'

const MAX_RECENT_FOLDERS = 10

const MAX_FOLDER_VIEWS = 30

const stateSchema = z.object({
  version: z.literal(1),
  recentFolders: z.array(z.string()).max(100),
  // Added after the first version: files written before them read with their defaults.
  settings: settingsSchema.default(DEFAULT_SETTINGS),
  folderViews: z.record(z.string(), folderViewSchema).default({}),
})

type AppState = z.infer<typeof stateSchema>

const DEFAULT_STATE: AppState = { version: 1, recentFolders: [], settings: DEFAULT_SETTINGS, folderViews: {} }

/**
 * The app's own state (recent folders) in one JSON file in the user's data folder. Writes are
 * atomic; a file that cannot be understood is set aside, not overwritten, and the user is told.
 */
export class AppStateService {
  private state: AppState = DEFAULT_STATE
  private readonly notices: string[] = []
  private readonly file: string

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(dataDir, 'state.json')
  }

  async load(): Promise<void> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch {
      this.state = DEFAULT_STATE
      return
    }
    try {
      this.state = stateSchema.parse(JSON.parse(text))
    } catch {
      const setAside = join(this.dataDir, `state.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}.json`)
      await rename(this.file, setAside)
      this.state = DEFAULT_STATE
      this.notices.push(`The app's state file could not be read and was set aside as ${setAside}; recent folders and settings were reset.`)
    }
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

  lastFolder(): string | null {
    return this.state.recentFolders[0] ?? null
  }

  async rememberFolder(folder: string): Promise<void> {
    const recentFolders = [folder, ...this.state.recentFolders.filter((known) => known !== folder)].slice(0, MAX_RECENT_FOLDERS)
    this.state = { ...this.state, recentFolders }
    await this.write()
  }

  private async write(): Promise<void> {
    await mkdir(this.dataDir, { recursive: true })
    await writeFileAtomic(this.file, `${JSON.stringify(this.state, null, 2)}\n`)
  }
}
