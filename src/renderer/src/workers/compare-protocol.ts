import type { ComparisonRow, ComparisonStats } from '../../../core/compare/compare'
import type { GridLayout } from '../../../core/compare/multi'
import type { CompareOptions } from '../../../core/compare/options'
import type { OutlineEntry } from '../../../core/text/outline-entries'
import type { Paragraph } from '../../../core/text/paragraphs'
import type { DocumentSummary } from '../../../shared/documents'
import type { ErrorCode } from '../../../shared/errors'

/**
 * What the window asks of the comparison worker. The worker keeps the documents' paragraph
 * texts by path: `read` has it read one from the web host itself (with the page's token), so
 * the window never parses a long document's answer; `keep` hands it one the window read (in
 * Electron only the window reaches the preload); `forget` drops documents that changed (null:
 * all); `compare` compares the base (first path) with each of the others; `outline` reads a
 * document's headings for the reader's table of contents (a million words' took the window 50–90 ms).
 */
export type CompareRequest =
  | { kind: 'read'; id: number; path: string; token: string }
  | { kind: 'keep'; path: string; texts: string[] }
  | { kind: 'forget'; paths: string[] | null }
  | { kind: 'compare'; id: number; paths: string[]; options: Partial<CompareOptions> }
  | { kind: 'outline'; id: number; path: string }

/**
 * The answers, each to the request of its id. A document read comes as its summary, then its
 * paragraphs in chunks, then `done`; a comparison's rows in chunks of bounded weight (`rows`),
 * each comparison's stats after its rows (`compared`), with more than one other document the
 * grid aligned on the base (`grid`, typed arrays handed over, not copied), then `done`. The
 * window reads each message in a few milliseconds, where one message of a million words took it
 * hundreds.
 */
export type CompareResponse =
  | { id: number; kind: 'document'; summary: DocumentSummary }
  | { id: number; kind: 'paragraphs'; paragraphs: Paragraph[] }
  | { id: number; kind: 'progress'; done: number }
  | { id: number; kind: 'rows'; comparison: number; rows: ComparisonRow[] }
  | { id: number; kind: 'compared'; comparison: number; stats: ComparisonStats }
  | { id: number; kind: 'grid'; layout: GridLayout }
  | { id: number; kind: 'outline'; entries: OutlineEntry[] }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'failed'; code: ErrorCode; message: string }
