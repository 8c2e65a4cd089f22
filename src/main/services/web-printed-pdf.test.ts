import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../core/text/document'
import { escapeHtml } from '../../core/markup/escape'
import { printPdfWithChromium } from './chromium-pdf'
import { DocumentReader } from './document-reader'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()
const reader = new DocumentReader()
const SAMPLE = '2020-11-10_trilateral-statement_az-mfa-en.txt'
const statement = parseDocument({ body: readFileSync(join(__dirname, '../../../resources/samples', SAMPLE), 'utf8'), fileName: SAMPLE, modified: '2026-01-01' })

/**
 * The ministry's page as a browser prints it with "Headers and footers" on: the time printed and
 * the page's title at the top, its address and "1/1" at the bottom, in the page's outer band; the
 * site's navigation above the text and its copyright line below.
 */
const PRINTED_PAGE = `<!doctype html><html lang="en"><head><title>${escapeHtml(statement.title)}</title><style>
@page { size: A4; margin: 12mm 10mm;
  @top-left { content: "11/10/20, 10:15 AM"; font: 8pt sans-serif; } @top-center { content: "Statement by the President of the Republic of Azerbaijan"; font: 8pt sans-serif; }
  @bottom-left { content: "https://mfa.gov.az/en/news/statement-10-november-2020"; font: 8pt sans-serif; } @bottom-right { content: "1/1"; font: 8pt sans-serif; } }
body { font: 9pt serif; } p { margin: 0 0 6pt; } nav, footer { font: 8pt sans-serif; }
</style></head><body>
<nav>Home | The Ministry | Foreign Policy | Press Service | Press Releases | Contacts</nav>
<h1 style="font-size: 9pt">${escapeHtml(statement.title)}</h1>
${statement.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph.text)}</p>`).join('\n')}
<footer>© 2020 Ministry of Foreign Affairs of the Republic of Azerbaijan. All rights reserved.</footer>
</body></html>`

describe('a web page printed to PDF', () => {
  it('reads as the page’s text: no browser header or footer, no navigation line, no copyright line', async () => {
    const root = await folderWith({ 'statement.pdf': await printPdfWithChromium(PRINTED_PAGE) })
    const document = await reader.read(join(root, 'statement.pdf'))
    const texts = document.paragraphs.map((paragraph) => paragraph.text)
    expect(texts.join('\n')).not.toMatch(/mfa\.gov\.az|10:15 AM|1\/1|Press Releases|All rights reserved/)
    // The page's heading is its first paragraph, as in any PDF; the title comes from its properties.
    expect(texts).toEqual([statement.title, ...statement.paragraphs.map((paragraph) => paragraph.text)])
  })

  it('keeps a PDF’s lines about copyright and its dates when no browser printed it', async () => {
    const page = `<!doctype html><html><body style="font: 11pt serif"><p>1. Home | Abroad | Online</p><p>2. Done on 10/11/2020. All rights reserved to the Parties.</p></body></html>`
    const root = await folderWith({ 'treaty.pdf': await printPdfWithChromium(page) })
    expect((await reader.read(join(root, 'treaty.pdf'))).paragraphs.map((paragraph) => paragraph.text)).toEqual(['1. Home | Abroad | Online', '2. Done on 10/11/2020. All rights reserved to the Parties.'])
  })
})
