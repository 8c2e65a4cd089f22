import { describe, expect, it } from 'vitest'
import { filePathsFromUriList, planDrop, type DropPlan } from './drop'

const listed = [
  { path: 'a.txt', name: 'a.txt', size: 10, status: 'ok' },
  { path: 'sub/b.txt', name: 'b.txt', size: 20, status: 'ok' },
  { path: 'c.pdf', name: 'c.pdf', size: 30, status: 'error' },
  { path: 'x/same.txt', name: 'same.txt', size: 5, status: 'ok' },
  { path: 'y/same.txt', name: 'same.txt', size: 5, status: 'ok' },
]
const file = (name: string, size: number) => ({ name, size, folder: false })
const explained = (plan: DropPlan): string => (plan.kind === 'explain' ? plan.message : '')

describe('filePathsFromUriList', () => {
  it('reads local file addresses, decoded, and nothing else', () => {
    const list = '# a comment\r\nfile:///home/analyst/My%20Statements\r\nhttps://example.org/a.txt\nfile:///C:/Users/a.txt\nfile://server/share/b.txt'
    expect(filePathsFromUriList(list)).toEqual(['/home/analyst/My Statements', 'C:/Users/a.txt'])
  })
})

describe('planDrop', () => {
  it('leaves paths to the host', () => {
    expect(planDrop({ paths: ['/data/folder'], items: [] }, listed)).toEqual({ kind: 'paths', paths: ['/data/folder'] })
    expect(planDrop({ paths: Array.from({ length: 7 }, (_, i) => `/d/${i}`), items: [] }, listed).kind).toBe('explain')
  })

  it('finds files of the open folder by name and size, in the order dropped', () => {
    expect(planDrop({ paths: [], items: [file('b.txt', 20), file('a.txt', 10)] }, listed)).toEqual({ kind: 'documents', documents: ['sub/b.txt', 'a.txt'] })
  })

  it('says why when a file is elsewhere, ambiguous or unreadable', () => {
    expect(explained(planDrop({ paths: [], items: [file('a.txt', 11), file('b.txt', 20)] }, listed))).toContain('a.txt is not in the open folder')
    expect(explained(planDrop({ paths: [], items: [file('same.txt', 5), file('a.txt', 10)] }, listed))).toContain('more than once')
    expect(planDrop({ paths: [], items: [file('c.pdf', 30), file('a.txt', 10)] }, listed)).toMatchObject({ kind: 'explain', message: 'c.pdf cannot be read.' })
  })

  it('asks where a dropped folder is, and refuses a folder with files', () => {
    expect(planDrop({ paths: [], items: [{ name: 'statements', size: 0, folder: true }] }, listed)).toEqual({ kind: 'folder', name: 'statements' })
    expect(planDrop({ paths: [], items: [{ name: 'statements', size: 0, folder: true }, file('a.txt', 10)] }, listed).kind).toBe('explain')
  })
})
