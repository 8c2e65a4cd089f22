import { compareParagraphs, type ComparisonRow } from '../../../core/compare/compare'
import { layOutOnBase } from '../../../core/compare/multi'
import type { CompareOptions } from '../../../core/compare/options'
import type { WordOp } from '../../../core/compare/word-diff'
import { outlineEntries } from '../../../core/text/outline-entries'
import { paragraphNumber, type Paragraph } from '../../../core/text/paragraphs'
import type { DocumentContent } from '../../../shared/documents'
import { AppError } from '../../../shared/errors'
import type { CompareRequest, CompareResponse } from './compare-protocol'

/**
 * Rows per message, weighed by their word operations and their characters: few enough that the
 * window decodes one in a few milliseconds, enough that each message is over 100 KB as sent.
 * V8 decodes a message over 100 KB straight into the old generation; a smaller one goes to the
 * young generation, whose collections then copy every row the window keeps (a million words'
 * rows cost scavenges of 50–120 ms in the window at chunks of about 42 KB).
 */
const ROWS_WEIGHT = 128_000
/**
 * Shares of a comparison's time that report nothing of their own, as measured on a million words
 * (base and two versions): sending one comparison's rows to the window, of comparing and sending
 * it; laying out the grid, of the whole.
 */
const POSTING_SHARE = 0.08
const GRID_SHARE = 0.01
/** Characters of paragraph text per message of a document read: a few milliseconds to decode. */
const PARAGRAPHS_WEIGHT = 100_000

/** Posts items in chunks of at most about `limit` weight. */
function postChunks<T>(items: readonly T[], weigh: (item: T) => number, limit: number, post: (chunk: T[]) => void): void {
  let chunk: T[] = []
  let weight = 0
  for (const item of items) {
    chunk.push(item)
    weight += weigh(item)
    if (weight < limit) continue
    post(chunk)
    chunk = []
    weight = 0
  }
  if (chunk.length) post(chunk)
}

/** An object costs decoding about what 32 characters of text do. */
const OBJECT_WEIGHT = 32
const opWeight = (op: WordOp): number => OBJECT_WEIGHT + op.text.length + (op.rightText?.length ?? 0) + (op.changes?.reduce((sum, change) => sum + opWeight(change), 0) ?? 0)
const rowWeight = (row: ComparisonRow): number => OBJECT_WEIGHT + (row.ops?.reduce((sum, op) => sum + opWeight(op), 0) ?? 0)
const paragraphWeight = (paragraph: Paragraph): number => OBJECT_WEIGHT + paragraph.text.length

/**
 * The comparison worker's work, apart from the worker: documents kept by path (read through
 * `readDocument`, or handed over), and comparisons of them, answered through `post`.
 */
export class CompareService {
  /** Each document's paragraph texts, or its reading under way. */
  private readonly texts = new Map<string, Promise<string[]>>()

  constructor(
    /** `transfer`: buffers handed over with the message rather than copied. */
    private readonly post: (response: CompareResponse, transfer?: Transferable[]) => void,
    private readonly readDocument: (path: string, token: string) => Promise<DocumentContent>,
  ) {}

  async handle(request: CompareRequest): Promise<void> {
    switch (request.kind) {
      case 'keep':
        this.texts.set(request.path, Promise.resolve(request.texts))
        return
      case 'forget':
        if (request.paths === null) this.texts.clear()
        else for (const path of request.paths) this.texts.delete(path)
        return
      case 'read':
        return this.answer(request.id, () => this.read(request.id, request.path, request.token))
      case 'compare':
        return this.answer(request.id, () => this.compare(request.id, request.paths, request.options))
      case 'outline':
        return this.answer(request.id, () => this.outline(request.id, request.path))
    }
  }

  private async answer(id: number, work: () => Promise<void>): Promise<void> {
    try {
      await work()
      this.post({ id, kind: 'done' })
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL'
      this.post({ id, kind: 'failed', code, message: error instanceof Error ? error.message : String(error) })
    }
  }

  private async read(id: number, path: string, token: string): Promise<void> {
    const reading = this.readDocument(path, token)
    const texts = reading.then((content) => content.paragraphs.map((paragraph) => paragraph.text))
    // A failed reading is forgotten, so the next asks again; one forgotten meanwhile stays so.
    texts.catch(() => {
      if (this.texts.get(path) === texts) this.texts.delete(path)
    })
    this.texts.set(path, texts)
    const content = await reading
    this.post({ id, kind: 'document', summary: content.summary })
    postChunks(content.paragraphs, paragraphWeight, PARAGRAPHS_WEIGHT, (paragraphs) => this.post({ id, kind: 'paragraphs', paragraphs }))
  }

  private async compare(id: number, paths: string[], options: Partial<CompareOptions>): Promise<void> {
    const [base, ...others] = await Promise.all(paths.map((path) => this.textsOf(path)))
    const progress = (done: number): void => this.post({ id, kind: 'progress', done })
    // Each comparison its share of the time (the documents are about as long), then the grid its own.
    const compareShare = (others.length > 1 ? 1 - GRID_SHARE : 1) / others.length
    const comparisons = others.map((other, k) => {
      const comparison = compareParagraphs(base!, other, options, (done) => progress(compareShare * (k + done * (1 - POSTING_SHARE))))
      postChunks(comparison.rows, rowWeight, ROWS_WEIGHT, (rows) => this.post({ id, kind: 'rows', comparison: k, rows }))
      this.post({ id, kind: 'compared', comparison: k, stats: comparison.stats })
      progress(compareShare * (k + 1))
      return comparison
    })
    if (comparisons.length < 2) return
    // Laid out here, not on the window's thread: a million words' grid took it over 100 ms.
    const layout = layOutOnBase(base!.length, comparisons)
    this.post({ id, kind: 'grid', layout }, [layout.base.buffer, layout.after.buffer, layout.cells.buffer, layout.continued.buffer])
    progress(1)
  }

  /** The paragraphs as the reader split them: each text's own number is read from it, as splitting does. */
  private async outline(id: number, path: string): Promise<void> {
    const texts = await this.textsOf(path)
    const entries = outlineEntries(texts.map((text, index) => ({ index, number: paragraphNumber(text), text })))
    this.post({ id, kind: 'outline', entries })
  }

  private textsOf(path: string): Promise<string[]> {
    const texts = this.texts.get(path)
    if (!texts) throw new AppError('INTERNAL', `The comparison worker was not given ${path}.`)
    return texts
  }
}
