import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planOpenPaths } from './open-paths'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()

describe('planOpenPaths', () => {
  it('opens one folder', async () => {
    const root = await realpath(await folderWith({ 'a.txt': 'A' }))
    expect(await planOpenPaths([root], null)).toEqual({ folder: root, documents: [] })
  })

  it('takes files of the open folder, in its subfolders too, without opening anything', async () => {
    const root = await realpath(await folderWith({ 'a.txt': 'A', 'sub/b.txt': 'B' }))
    expect(await planOpenPaths([join(root, 'a.txt'), join(root, 'sub', 'b.txt')], root)).toEqual({ folder: null, documents: ['a.txt', 'sub/b.txt'] })
  })

  it("opens the files' folder when another is open", async () => {
    const open = await realpath(await folderWith({ 'x.txt': 'X' }))
    const other = await realpath(await folderWith({ 'a.txt': 'A', 'b.txt': 'B' }))
    expect(await planOpenPaths([join(other, 'b.txt'), join(other, 'a.txt')], open)).toEqual({ folder: other, documents: ['b.txt', 'a.txt'] })
  })

  it('refuses files of different folders, a folder with files, more than six files, and says what is missing', async () => {
    const one = await folderWith({ 'a.txt': 'A' })
    const two = await folderWith({ 'b.txt': 'B' })
    await expect(planOpenPaths([join(one, 'a.txt'), join(two, 'b.txt')], null)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(planOpenPaths([one, join(two, 'b.txt')], null)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const many = await folderWith(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`${i}.txt`, `${i}`])))
    await expect(planOpenPaths(Array.from({ length: 7 }, (_, i) => join(many, `${i}.txt`)), null)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(planOpenPaths([join(one, 'gone.txt')], null)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
