import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { DocumentReader } from './document-reader'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('DocumentReader', () => {
  const reader = new DocumentReader(1024 * 1024)

  it('reads plain text: title, date, numbered paragraphs, word count', async () => {
    const root = await folderWith({ 'a.txt': 'Joint Statement\n\nDone on 10 November 2020.\n\n1. First point.\n\n2. Second point.\n' })
    const document = await reader.read(join(root, 'a.txt'))
    expect(document).toMatchObject({ format: 'text', title: 'Joint Statement', date: '2020-11-10', wordCount: 11 })
    expect(document.paragraphs.map((p) => p.number)).toEqual([null, '1', '2'])
  })

  it('reads UTF-8 with a BOM and UTF-16 little- and big-endian', async () => {
    const text = 'Заявление\n\nПункт 1. Şəhər.'
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const utf16be = Buffer.from(utf16le)
    utf16be.swap16()
    const root = await folderWith({ 'bom.txt': `\uFEFF${text}`, 'le.txt': utf16le, 'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be.subarray(2)]) })
    for (const name of ['bom.txt', 'le.txt', 'be.txt']) {
      const document = await reader.read(join(root, name))
      expect(document.title).toBe('Заявление')
      expect(document.paragraphs[0]?.text).toBe('Пункт 1. Şəhər.')
    }
  })

  it('reads Markdown with front matter and list items as paragraphs', async () => {
    const root = await folderWith({ 'b.md': '---\ntitle: "Readout"\ndate: 2023-09-19\n---\n\nThe **ministers** met.\n\n- first item\n- second [item](http://x)\n' })
    const document = await reader.read(join(root, 'b.md'))
    expect(document).toMatchObject({ format: 'markdown', title: 'Readout', date: '2023-09-19' })
    expect(document.paragraphs.map((p) => p.text)).toEqual(['The ministers met.', '- first item', '- second item'])
  })

  it('reads the text of an HTML page, without scripts, styles or navigation', async () => {
    const html = `<!doctype html><html><head><title>Press release</title><style>p{color:red}</style></head>
      <body><nav><a href="/">Home</a></nav><main><h1>Press release</h1><p>The Minister <b>met</b> his counterpart &amp; discussed.</p>
      <script>alert('x')</script><p onclick="evil()">2. Second&nbsp;point.</p></main><footer>Footer</footer></body></html>`
    const root = await folderWith({ 'c.html': html })
    const document = await reader.read(join(root, 'c.html'))
    expect(document.title).toBe('Press release')
    expect(document.paragraphs.map((p) => p.text)).toEqual(['Press release', 'The Minister met his counterpart & discussed.', '2. Second point.'])
  })

  it('refuses binary files, bad encodings, large files and unknown formats with stable codes', async () => {
    const root = await folderWith({
      'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
      'garbled.txt': Buffer.from(Array(30).fill([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x20]).flat()),
      'large.txt': 'x'.repeat(1024 * 1024 + 1),
      'deck.pptx': 'not really',
    })
    expect((await failure(reader.read(join(root, 'binary.txt')))).code).toBe('UNSUPPORTED_FORMAT')
    expect((await failure(reader.read(join(root, 'garbled.txt')))).code).toBe('BAD_ENCODING')
    const large = await failure(reader.read(join(root, 'large.txt')))
    expect(large.code).toBe('TOO_LARGE')
    expect(large.message).toContain('the limit is 1 MB')
    expect((await failure(reader.read(join(root, 'deck.pptx')))).code).toBe('UNSUPPORTED_FORMAT')
    expect((await failure(reader.read(join(root, 'missing.txt')))).code).toBe('NOT_FOUND')
  })
})
