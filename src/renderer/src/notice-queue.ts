/**
 * The notices about the folder shown at the top of the window: what changed on disk. Each is
 * information, not an error, so it goes by itself after a while; a later notice about the same
 * file replaces the earlier one ("removed" then "added" is one notice: "added"), and a few at most
 * stand at once, the newest last.
 */

export interface Notice {
  id: number
  text: string
  /** The file it is about, if any: a later notice about it replaces this one. */
  file: string | null
  /** When it goes by itself (ms, the clock `now` is read on). */
  expiresAt: number
}

export const NOTICE_LIFETIME_MS = 10_000
export const MAX_NOTICES_SHOWN = 3

/**
 * The file a notice of the host is about: the longest of the paths it names at its start ("a.txt
 * was removed from the folder."), among those the same answer reports as changed or removed.
 */
export function noticeFile(text: string, paths: readonly string[]): string | null {
  let found: string | null = null
  for (const path of paths) if (text.startsWith(`${path} `) && path.length > (found?.length ?? 0)) found = path
  return found
}

/** The queue with a notice added: it replaces any earlier one of the same text or about the same file. */
export function withNotice(queue: readonly Notice[], notice: Omit<Notice, 'expiresAt'>, now: number): Notice[] {
  const kept = queue.filter((shown) => shown.text !== notice.text && (notice.file === null || shown.file !== notice.file))
  return [...kept, { ...notice, expiresAt: now + NOTICE_LIFETIME_MS }].slice(-MAX_NOTICES_SHOWN)
}

/** The notices still due at `now`. */
export function unexpired(queue: readonly Notice[], now: number): Notice[] {
  return queue.filter((notice) => notice.expiresAt > now)
}

/** When the next notice goes, or null when none is shown. */
export function nextExpiry(queue: readonly Notice[]): number | null {
  return queue.length ? Math.min(...queue.map((notice) => notice.expiresAt)) : null
}

/**
 * The notices the analyst was reading (pointer or focus on them) get their time again once left,
 * so none goes while being read or just after.
 */
export function renewed(queue: readonly Notice[], now: number): Notice[] {
  return queue.map((notice) => ({ ...notice, expiresAt: Math.max(notice.expiresAt, now + NOTICE_LIFETIME_MS / 2) }))
}
