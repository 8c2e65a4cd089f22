import { paragraphLabel, type Paragraph } from '../text/paragraphs'
import type { UnitKind } from '../languages/language'
import { detectReferences, type DetectedReference } from './detect'
import { indexDocuments, lookUp, type IndexedDocument, type Lookup, type ReferableDocument, type ReferenceIndex } from './reference-index'

export type { ReferableDocument } from './reference-index'

export interface ReferenceTarget {
  document: string
  /** The label of the first paragraph cited, as the reader shows it ("4", "¶ 2"); null for a whole document. */
  paragraph: string | null
  /** Labels and indexes of every paragraph cited, in order. */
  paragraphs: string[]
  indexes: number[]
}

export interface ResolvedReference {
  source: string
  /** Index of the paragraph the reference stands in, and its offsets there. */
  paragraph: number
  paragraphStart: number
  paragraphEnd: number
  /** Offsets in the document's text as the reader shows it: its paragraphs joined by blank lines. */
  start: number
  end: number
  text: string
  /** The unit kind, or "document" for a reference to a whole document. */
  kind: UnitKind | 'document'
  units: string[]
  /** The document as the reference writes it, or null when it writes none. */
  designation: string | null
  /** The one paragraph (or document) cited, when exactly one document fits. */
  target: ReferenceTarget | null
  /** Every document that fits, with its paragraphs: two renderings of one statement both fit. */
  candidates: ReferenceTarget[]
  /** Why there is no single target, for a reader. */
  reason: string | null
}

function unitName(kind: UnitKind): string {
  return kind === 'subparagraph' ? 'sub-paragraph' : kind
}

/** The paragraphs of `entry` that carry the cited numbers: its own numbering first, position otherwise. */
function paragraphsOf(entry: IndexedDocument, kind: UnitKind, units: string[]): { indexes: number[]; missing: string | null } {
  const paragraphs = entry.document.paragraphs
  const indexes: number[] = []
  for (const unit of units) {
    const main = unit.replace(/\(.*$/, '')
    let found: number | undefined
    if (kind === 'preambular paragraph') {
      // Preambular paragraphs are unnumbered and end with a comma: count them.
      const firstNumbered = paragraphs.findIndex((paragraph) => paragraph.number !== null)
      const preamble = paragraphs.slice(0, firstNumbered < 0 ? paragraphs.length : firstNumbered).filter((paragraph) => paragraph.text.endsWith(','))
      found = preamble[Number(main) - 1]?.index
    } else if (entry.numbered) {
      found = entry.byNumber.get(main)?.[0]
    } else if (/^\d+$/.test(main)) {
      found = paragraphs[Number(main) - 1]?.index
    }
    if (found === undefined) return { indexes: [], missing: unit }
    indexes.push(found)
  }
  return { indexes, missing: null }
}

function targetOf(entry: IndexedDocument, indexes: number[]): ReferenceTarget {
  const labels = indexes.map((index) => paragraphLabel(entry.document.paragraphs[index]!))
  return { document: entry.document.path, paragraph: labels[0] ?? null, paragraphs: labels, indexes }
}

/** The start of each paragraph in the document's text as the reader shows it. */
function paragraphOffsets(paragraphs: Paragraph[]): number[] {
  const offsets: number[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    offsets.push(offset)
    offset += paragraph.text.length + 2
  }
  return offsets
}

/** The unit a reference cites at the finest level: "paragraph 2 of Article 53" cites paragraph 2. */
function innermost(found: DetectedReference): { kind: UnitKind; numbers: string[] } | null {
  return found.units?.[found.units.length - 1] ?? null
}

function resolveOne(
  found: DetectedReference,
  lookup: Lookup,
  source: IndexedDocument,
): Pick<ResolvedReference, 'target' | 'candidates' | 'reason'> {
  if (lookup.documents.length === 0) return { target: null, candidates: [], reason: lookup.reason }
  const unit = innermost(found)
  if (!unit) {
    const candidates = lookup.documents.map((entry) => targetOf(entry, []))
    return ambiguity(candidates)
  }
  const { kind, numbers } = unit
  const candidates: ReferenceTarget[] = []
  let missing: { entry: IndexedDocument; unit: string } | null = null
  for (const entry of lookup.documents) {
    const located = paragraphsOf(entry, kind, numbers)
    if (located.missing === null) candidates.push(targetOf(entry, located.indexes))
    else missing ??= { entry, unit: located.missing }
  }
  if (candidates.length === 0 && missing) {
    const where = missing.entry === source ? 'this document' : `"${shortTitle(missing.entry.document.title)}"`
    return { target: null, candidates: [], reason: `${where} has no ${unitName(kind)} ${missing.unit} here` }
  }
  return ambiguity(candidates)
}

function ambiguity(candidates: ReferenceTarget[]): Pick<ResolvedReference, 'target' | 'candidates' | 'reason'> {
  if (candidates.length === 1) return { target: candidates[0]!, candidates, reason: null }
  return { target: null, candidates, reason: `${candidates.length} documents fit: ${candidates.map((candidate) => candidate.document).join(', ')}` }
}

function shortTitle(title: string): string {
  return title.length > 60 ? `${title.slice(0, 57)}…` : title
}

/**
 * Finds and resolves every reference in one document of the folder. "The Statement" and "said
 * document" go back to the document named last before them; a unit with no document written
 * ("paragraphs 3 and 4") means the one named last in the same paragraph, else the document itself.
 */
function resolveDocumentReferences(path: string, index: ReferenceIndex): ResolvedReference[] {
  const source = index.documents.get(path)
  if (!source) return []
  const offsets = paragraphOffsets(source.document.paragraphs)
  const resolved: ResolvedReference[] = []
  let lastNamed: Lookup | null = null
  for (const paragraph of source.document.paragraphs) {
    let namedInParagraph: Lookup | null = null
    for (const found of detectReferences(paragraph.text)) {
      const designation = found.designation
      let lookup: Lookup
      if (designation === null) lookup = namedInParagraph ?? { documents: [source], reason: null }
      else if (designation.kind === 'anaphor') lookup = lastNamed ?? lookUp(designation, source, index)
      else lookup = lookUp(designation, source, index)
      if (designation && designation.kind !== 'self' && designation.kind !== 'anaphor') {
        lastNamed = lookup
        namedInParagraph = lookup
      }
      resolved.push({
        source: path,
        paragraph: paragraph.index,
        paragraphStart: found.start,
        paragraphEnd: found.end,
        start: offsets[paragraph.index]! + found.start,
        end: offsets[paragraph.index]! + found.end,
        text: found.text,
        kind: innermost(found)?.kind ?? 'document',
        units: innermost(found)?.numbers ?? [],
        designation: designation?.text ?? null,
        ...resolveOne(found, lookup, source),
      })
    }
  }
  return resolved
}

/** Every reference of every document in the folder, documents in the order given. */
export function resolveFolderReferences(documents: ReferableDocument[]): ResolvedReference[] {
  const index = indexDocuments(documents)
  return documents.flatMap((document) => resolveDocumentReferences(document.path, index))
}
