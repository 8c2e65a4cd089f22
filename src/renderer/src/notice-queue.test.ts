import { describe, expect, it } from 'vitest'
import { MAX_NOTICES_SHOWN, NOTICE_LIFETIME_MS, nextExpiry, noticeFile, renewed, unexpired, withNotice } from './notice-queue'

describe('notice queue', () => {
  it('finds the file a notice is about among the paths reported, the longest that fits', () => {
    const paths = ['a.txt', 'a.txt.bak', 'notes/a.txt']
    expect(noticeFile('a.txt was removed from the folder.', paths)).toBe('a.txt')
    expect(noticeFile('a.txt.bak changed on disk.', paths)).toBe('a.txt.bak')
    expect(noticeFile('notes/a.txt was added to the folder.', paths)).toBe('notes/a.txt')
    expect(noticeFile('b.txt was added to the folder.', paths)).toBeNull()
  })

  it('replaces an earlier notice about the same file, and the same text, by the later one', () => {
    let queue = withNotice([], { id: 1, text: 'a.txt was removed from the folder.', file: 'a.txt' }, 0)
    queue = withNotice(queue, { id: 2, text: 'b.txt changed on disk.', file: 'b.txt' }, 10)
    queue = withNotice(queue, { id: 3, text: 'a.txt was added to the folder.', file: 'a.txt' }, 20)
    expect(queue.map((notice) => notice.text)).toEqual(['b.txt changed on disk.', 'a.txt was added to the folder.'])
    queue = withNotice(queue, { id: 4, text: 'b.txt changed on disk.', file: null }, 30)
    expect(queue.map((notice) => notice.id)).toEqual([3, 4])
  })

  it('shows a few at most, the newest', () => {
    let queue = withNotice([], { id: 0, text: 'file-0 changed on disk.', file: 'file-0' }, 0)
    for (let id = 1; id < 10; id++) queue = withNotice(queue, { id, text: `file-${id} changed on disk.`, file: `file-${id}` }, id)
    expect(queue.map((notice) => notice.id)).toEqual([7, 8, 9].slice(-MAX_NOTICES_SHOWN))
  })

  it('lets each notice go after its lifetime, the earliest first', () => {
    const queue = withNotice(withNotice([], { id: 1, text: 'one', file: null }, 0), { id: 2, text: 'two', file: null }, 1000)
    expect(nextExpiry(queue)).toBe(NOTICE_LIFETIME_MS)
    expect(unexpired(queue, NOTICE_LIFETIME_MS).map((notice) => notice.id)).toEqual([2])
    expect(unexpired(queue, NOTICE_LIFETIME_MS + 1000)).toEqual([])
    expect(nextExpiry([])).toBeNull()
  })

  it('gives notices being read their time again once left, never less than they had', () => {
    const queue = withNotice([], { id: 1, text: 'one', file: null }, 0)
    expect(renewed(queue, NOTICE_LIFETIME_MS - 10)[0]!.expiresAt).toBe(NOTICE_LIFETIME_MS - 10 + NOTICE_LIFETIME_MS / 2)
    expect(renewed(queue, 0)[0]!.expiresAt).toBe(NOTICE_LIFETIME_MS)
  })
})
