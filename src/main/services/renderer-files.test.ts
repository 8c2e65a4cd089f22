import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf, rendererFilePath } from './renderer-files'

describe('rendererFilePath', () => {
  const root = join('/opt', 'communique', 'out', 'renderer')
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/index-abc.js', join(root, 'assets', 'index-abc.js')],
    ['/assets/a%20b.css', join(root, 'assets', 'a b.css')],
    // What climbs out is folded back into the folder, never beyond it.
    ['/../../etc/passwd', join(root, 'etc', 'passwd')],
    ['/..%2f..%2fetc%2fpasswd', join(root, 'etc', 'passwd')],
    ['/%2e%2e/%2e%2e/etc/passwd', join(root, 'etc', 'passwd')],
    ['/%', null],
    ['/%E0%A4%A', null],
    ['/index.html%00.js', null],
  ])('%s → %s', (pathname, expected) => {
    expect(rendererFilePath(root, pathname)).toBe(expected)
  })
})

describe('contentTypeOf', () => {
  it('names the renderer’s own file types and nothing else', () => {
    expect(contentTypeOf('index.HTML')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('assets/worker.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('run.sh')).toBe('application/octet-stream')
  })
})
