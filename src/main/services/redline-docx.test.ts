import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDocument as parseXml } from 'htmlparser2'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { compareParagraphs, type Comparison } from '../../core/compare/compare'
import { withDefaults, type CompareOptions } from '../../core/compare/options'
import { opSide } from '../../core/compare/word-diff'
import type { ReportDocument } from '../../core/report/model'
import { parseDocument } from '../../core/text/document'
import { splitParagraphs } from '../../core/text/paragraphs'
import { redlineDocx, REVISION_AUTHOR } from './redline-docx'

const SAMPLES = join(__dirname, '../../../resources/samples')
const GENERATED_AT = '2026-11-28T10:30:00.000Z'
/** Every difference counts: accepting the revisions must give the right document to the letter. */
const EXACT: Partial<CompareOptions> = { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: false, plainTypography: false }

function sample(fileName: string): ReportDocument {
  const parsed = parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' })
  return { path: fileName, title: parsed.title, publisher: null, date: parsed.date, paragraphs: parsed.paragraphs, references: [] }
}

function made(name: string, text: string): ReportDocument {
  return { path: `${name}.txt`, title: name, publisher: null, date: null, paragraphs: splitParagraphs(text), references: [] }
}

const texts = (document: ReportDocument) => document.paragraphs.map((paragraph) => paragraph.text)

function compared(left: ReportDocument, right: ReportDocument, options: Partial<CompareOptions> = EXACT): Comparison {
  return compareParagraphs(texts(left), texts(right), options)
}

async function docx(left: ReportDocument, right: ReportDocument, comparison = compared(left, right)): Promise<Uint8Array> {
  return redlineDocx({ left, right, titles: [left.title, right.title], comparison, options: withDefaults(EXACT), page: { size: 'a4', orientation: 'portrait' }, generatedAt: GENERATED_AT })
}

interface XmlNode {
  type?: string
  name?: string
  attribs?: Record<string, string>
  children?: XmlNode[]
  data?: string
}

type Change = 'none' | 'ins' | 'del'

/** A paragraph of the file as Word reads it: its runs with their revision, and its mark's. */
interface ReadParagraph {
  runs: { text: string; change: Change }[]
  end: Change
}

function find(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = []
  const walk = (at: XmlNode): void => {
    if (at.name === name) found.push(at)
    else at.children?.forEach(walk)
  }
  walk(node)
  return found
}

function text(node: XmlNode): string {
  return node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(text).join('')
}

async function readDocx(bytes: Uint8Array): Promise<{ paragraphs: ReadParagraph[]; revisions: XmlNode[]; files: Record<string, string> }> {
  const zip = await JSZip.loadAsync(bytes)
  const files: Record<string, string> = {}
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) files[name] = await zip.file(name)!.async('string')
  const root = parseXml(files['word/document.xml']!, { xmlMode: true, decodeEntities: true }) as XmlNode
  const body = find(root, 'w:body')[0]!
  const paragraphs = find(body, 'w:p').map((p): ReadParagraph => {
    const runs: ReadParagraph['runs'] = []
    for (const child of p.children ?? []) {
      if (child.name === 'w:r') runs.push({ text: find(child, 'w:t').map(text).join(''), change: 'none' })
      if (child.name === 'w:ins') runs.push({ text: find(child, 'w:t').map(text).join(''), change: 'ins' })
      if (child.name === 'w:del') runs.push({ text: find(child, 'w:delText').map(text).join(''), change: 'del' })
    }
    const mark = find(p, 'w:pPr').flatMap((properties) => find(properties, 'w:rPr'))[0]
    const end: Change = mark && find(mark, 'w:ins').length ? 'ins' : mark && find(mark, 'w:del').length ? 'del' : 'none'
    return { runs: runs.filter((run) => run.text !== ''), end }
  })
  return { paragraphs, revisions: [...find(body, 'w:ins'), ...find(body, 'w:del')], files }
}

/** The document Word shows after "Accept all" (or "Reject all"): its paragraphs' texts, after its title. */
function resolved(paragraphs: ReadParagraph[], choice: 'accept' | 'reject'): string[] {
  const dropped: Change = choice === 'accept' ? 'del' : 'ins'
  const result: string[] = []
  let current = ''
  for (const paragraph of paragraphs) {
    current += paragraph.runs.filter((run) => run.change !== dropped).map((run) => run.text).join('')
    if (paragraph.end === dropped) continue
    result.push(current)
    current = ''
  }
  return result.slice(1)
}

/** The comparison's own insertions or deletions, in order, each as one text: a moved phrase's new place is an insertion, its old one a deletion. */
function changesOf(comparison: Comparison, left: ReportDocument, right: ReportDocument, op: 'insert' | 'delete'): string[] {
  const side = op === 'insert' ? 'right' : 'left'
  return comparison.rows.flatMap((row) => {
    if (row.kind === 'inserted' && op === 'insert') return row.right.map((index) => right.paragraphs[index]!.text)
    if (row.kind === 'deleted' && op === 'delete') return row.left.map((index) => left.paragraphs[index]!.text)
    return (row.ops ?? []).filter((candidate) => candidate.op !== 'equal' && opSide(candidate) === side).map((candidate) => candidate.text)
  })
}

describe('redlineDocx', () => {
  const AZ = sample('2020-11-10_trilateral-statement_az-mfa-en.txt')
  const RU = sample('2020-11-10_trilateral-statement_ru-mfa-en.txt')

  it('writes each insertion and deletion of the comparison as a revision by Communique, dated', async () => {
    const comparison = compared(AZ, RU)
    const { paragraphs, revisions, files } = await readDocx(await docx(AZ, RU, comparison))
    const [title, ...body] = paragraphs
    // The titles differ by their last words: those are the title's one revision.
    expect(title!.runs).toEqual([
      { text: RU.title, change: 'none' },
      { text: ' (En/Ru)', change: 'del' },
    ])
    const runs = body.flatMap((paragraph) => paragraph.runs)
    expect(runs.filter((run) => run.change === 'ins').map((run) => run.text)).toEqual(changesOf(comparison, AZ, RU, 'insert'))
    expect(runs.filter((run) => run.change === 'del').map((run) => run.text)).toEqual(changesOf(comparison, AZ, RU, 'delete'))
    expect(runs.find((run) => run.change === 'del')).toBeDefined()
    expect(new Set(revisions.map((node) => node.attribs?.['w:author']))).toEqual(new Set([REVISION_AUTHOR]))
    expect(new Set(revisions.map((node) => node.attribs?.['w:date']))).toEqual(new Set(['2026-11-28T10:30:00Z']))
    expect(new Set(revisions.map((node) => node.attribs?.['w:id'])).size).toBe(revisions.length)
    expect(files['word/settings.xml']).toContain('<w:trackRevisions/>')
  })

  it('gives the right document when every revision is accepted and the left one when every one is rejected, numbers kept', async () => {
    const { paragraphs } = await readDocx(await docx(AZ, RU))
    expect(resolved(paragraphs, 'accept')).toEqual(texts(RU))
    expect(resolved(paragraphs, 'reject')).toEqual(texts(AZ))
    expect(resolved(paragraphs, 'accept').filter((paragraph) => /^\d+\. /.test(paragraph))).toHaveLength(RU.paragraphs.filter((paragraph) => paragraph.number).length)
  })

  it('tracks inserted, deleted, moved, split and merged paragraphs so that both documents come back whole', async () => {
    const left = made('Left', [
      'Opening words of the statement.',
      '1. The parties agree to a ceasefire along the whole line of contact from midnight.',
      '2. Peacekeepers are deployed along the corridor for five years, renewed automatically.',
      '3. Refugees return under the supervision of the High Commissioner.',
      '4. All economic and transport links in the region are unblocked. The parties guarantee safe movement.',
      '5. A paragraph the right document drops entirely.',
      '6. The parties exchange prisoners of war and other detained persons and the bodies of the dead.',
    ].join('\n\n'))
    const right = made('Right', [
      'Opening words of the statement.',
      '3. Refugees return under the supervision of the High Commissioner.',
      '1. The parties agree to a ceasefire along the whole line of contact from noon.',
      '2. Peacekeepers are deployed along the corridor for five years, renewed automatically.',
      '4. All economic and transport links in the region are unblocked.',
      'The parties guarantee safe movement.',
      '6. The parties exchange prisoners of war and other detained persons and the bodies of the dead.',
      '7. A new final paragraph the left document lacks.',
    ].join('\n\n'))
    const comparison = compared(left, right)
    expect(new Set(comparison.rows.map((row) => row.kind))).toEqual(new Set(['equal', 'modified', 'moved', 'split', 'deleted', 'inserted']))
    const { paragraphs, files } = await readDocx(await docx(left, right, comparison))
    expect(resolved(paragraphs, 'accept')).toEqual(texts(right))
    expect(resolved(paragraphs, 'reject')).toEqual(texts(left))
    // The move is a deletion and an insertion whose comments name each other's place.
    expect(files['word/comments.xml']).toContain('Moved to right 3')
    expect(files['word/comments.xml']).toContain('Moved from left 3')

    const merged = compared(right, left)
    expect(merged.rows.map((row) => row.kind)).toContain('merged')
    const back = await readDocx(await docx(right, left, merged))
    expect(resolved(back.paragraphs, 'accept')).toEqual(texts(left))
    expect(resolved(back.paragraphs, 'reject')).toEqual(texts(right))
  })

  it('sets the page: Letter landscape is 11 by 8.5 inches', async () => {
    const bytes = await redlineDocx({ left: AZ, right: RU, titles: ['A', 'B'], comparison: compared(AZ, RU), options: withDefaults(EXACT), page: { size: 'letter', orientation: 'landscape' }, generatedAt: GENERATED_AT })
    const { files } = await readDocx(bytes)
    expect(files['word/document.xml']).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"\/>/)
  })

  describe.skipIf(!existsSync('/usr/bin/soffice') && !process.env.SOFFICE_PATH)('opened by LibreOffice', () => {
    const folder = mkdtempSync(join(tmpdir(), 'communique-redline-'))
    afterAll(() => rmSync(folder, { recursive: true, force: true }))

    it('converts to a PDF whose text holds both sides of each change', async () => {
      writeFileSync(join(folder, 'redline.docx'), await docx(AZ, RU))
      const soffice = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'
      // A profile of its own: a LibreOffice already running for someone else would take the job.
      const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`
      const converted = spawnSync(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', folder, join(folder, 'redline.docx')], { encoding: 'utf8', timeout: 120_000 })
      expect(converted.status, converted.stderr).toBe(0)
      const pdfText = spawnSync('pdftotext', ['-layout', join(folder, 'redline.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ')
      expect(pdfText).toContain('Aghdam district is') // deleted, shown struck through
      expect(pdfText).toContain('Agdam District shall be') // inserted
      expect(pdfText).toContain('Tracked changes:')
    }, 150_000)
  })
})
