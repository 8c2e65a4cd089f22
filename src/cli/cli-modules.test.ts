import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTestFolders } from '../main/services/test-folder'

const folderWith = useTestFolders()
/** The built CLI: Vitest's global set-up builds the app first. */
const CLI = resolve('out/main/cli.js')

/** Preloaded in every thread of the process: writes down each module it loads. */
const RECORD_LOADS = `
const Module = require('node:module')
const { appendFileSync } = require('node:fs')
const load = Module._load
Module._load = function (request, parent, isMain) {
  try { appendFileSync(process.env.LOADED_MODULES, Module._resolveFilename(request, parent, isMain) + '\\n') } catch {}
  return load.apply(this, arguments)
}
`

/** Modules for other formats and commands, and the libraries only they use. */
const NOT_FOR_COMPARING_TEXT = /node_modules\/(htmlparser2|domhandler|@parcel\/watcher|yauzl|mammoth|pdfjs-dist|playwright-core)\/|\/(html|docx|pdf|folder-watcher|chromium-pdf|report-command|library-service)-[\w-]+\.js$/

describe('the CLI loads what the command and the formats need', () => {
  it('compares two text files without loading the HTML, PDF or Word readers, the folder watcher or Chromium', async () => {
    const root = await folderWith({ 'a.txt': 'A\n\n1. The Parties agree.', 'b.txt': 'B\n\n1. The Parties agree at once.' })
    const hook = join(root, 'record-loads.cjs')
    const log = join(root, 'loaded.txt')
    await writeFile(hook, RECORD_LOADS)
    await writeFile(log, '')
    const result = spawnSync(process.execPath, ['--require', hook, CLI, 'compare', join(root, 'a.txt'), join(root, 'b.txt')], {
      encoding: 'utf8',
      env: { ...process.env, LOADED_MODULES: log },
    })
    expect(result.status).toBe(0)
    const loaded = (await readFile(log, 'utf8')).split('\n').filter(Boolean)
    // What reading a text file does load is seen, in the reading thread too: the record is complete.
    expect(loaded.some((file) => /\/plain-text-[\w-]+\.js$/.test(file))).toBe(true)
    expect(loaded.some((file) => /\/reader-worker\.js$/.test(file))).toBe(true)
    expect(loaded.filter((file) => NOT_FOR_COMPARING_TEXT.test(file))).toEqual([])
  })
})
