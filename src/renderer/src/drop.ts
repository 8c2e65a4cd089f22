import { MAX_OTHERS } from '../../core/compare/multi'

/** What was dropped, as far as the page can know it. */
export interface Dropped {
  /** Absolute paths, when the host says them (Electron) or the drag carried file:// addresses. */
  paths: string[]
  /** The dropped items as the browser describes them: a name, a size, whether a folder. */
  items: { name: string; size: number; folder: boolean }[]
}

export interface ListedDocument {
  path: string
  name: string
  size: number
  status: string
}

export type DropPlan =
  | { kind: 'paths'; paths: string[] }
  /** Documents of the open folder, by their paths in it: one is read, two to six compared. */
  | { kind: 'documents'; documents: string[] }
  /** A folder the browser names but does not place: the page asks for its path. */
  | { kind: 'folder'; name: string }
  | { kind: 'explain'; message: string }

const MAX_DROPPED = MAX_OTHERS + 1
const HOW = `Drop a folder to open it, or two to ${MAX_DROPPED} files to compare them.`

/** The local files a drag's `text/uri-list` names (a file manager's drag carries them on Linux). */
export function filePathsFromUriList(uriList: string): string[] {
  const paths: string[] = []
  for (const line of uriList.split(/\r?\n/)) {
    const address = line.trim()
    if (!address.startsWith('file://') || address.startsWith('#')) continue
    try {
      const url = new URL(address)
      if (url.host !== '' && url.host !== 'localhost') continue
      const path = decodeURIComponent(url.pathname)
      // file:///C:/folder names a Windows path.
      paths.push(/^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path)
    } catch {
      // Not an address: nothing to open.
    }
  }
  return paths
}

/**
 * What a drop does. With paths, the host decides (a folder opens; files are read or compared,
 * their folder opened first when needed). Without them (a browser keeps where a file is from
 * the page), files are found in the open folder by name and size, and a folder is asked for.
 */
export function planDrop(dropped: Dropped, listed: ListedDocument[]): DropPlan {
  if (dropped.paths.length > 0) {
    return dropped.paths.length <= MAX_DROPPED ? { kind: 'paths', paths: dropped.paths } : { kind: 'explain', message: `${dropped.paths.length} files were dropped. ${HOW}` }
  }
  const folders = dropped.items.filter((item) => item.folder)
  if (folders.length === 1 && dropped.items.length === 1) return { kind: 'folder', name: folders[0]!.name }
  if (folders.length > 0 || dropped.items.length === 0 || dropped.items.length > MAX_DROPPED) return { kind: 'explain', message: HOW }
  const documents: string[] = []
  for (const item of dropped.items) {
    const matches = listed.filter((document) => document.name === item.name && document.size === item.size)
    if (matches.length !== 1) {
      const why = matches.length === 0 ? 'is not in the open folder' : 'stands more than once in the open folder'
      return { kind: 'explain', message: `${item.name} ${why}; the browser does not tell the page where a dropped file is. Open its folder, then drop it or tick it in the library.` }
    }
    if (matches[0]!.status !== 'ok') return { kind: 'explain', message: `${item.name} cannot be read.` }
    documents.push(matches[0]!.path)
  }
  return { kind: 'documents', documents }
}
