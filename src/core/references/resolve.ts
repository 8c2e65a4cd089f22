import { paragraphLabel, type Paragraph } from '../text/paragraphs'
import { NO_CORRECTIONS, referenceKey, type ReferenceCorrections } from './corrections'
import { detectReferences, type DetectedReference, type UnitKind } from './detect'
import type { ReferenceTarget, ResolvedReference } from './resolved'
import { indexDocuments, lookUp, type IndexedDocument, type Lookup, type ReferableDocument, type ReferenceIndex } from './reference-index'

export type { ReferableDocument } from './reference-index'

export type { ReferenceTarget, ResolvedReference } from './resolved'

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
      found = entry.preamble[Number(main) - 1]
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

function targetOf(entry: IndexedDocument, indexes: number[], reason = 'named in the reference'): ReferenceTarget {
  const labels = indexes.map((index) => paragraphLabel(entry.document.paragraphs[index]!))
  return { document: entry.document.path, paragraph: labels[0] ?? null, paragraphs: labels, indexes, reason }
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

function resolveOne(
  found: DetectedReference,
  lookup: Lookup,
  source: IndexedDocument,
): Pick<ResolvedReference, 'target' | 'candidates' | 'reason'> {
  if (lookup.documents.length === 0) return { target: null, candidates: [], reason: lookup.reason }
  if (!found.unit) {
    const candidates = lookup.documents.map((entry) => targetOf(entry, []))
    return ambiguity(candidates)
  }
  const { kind, numbers } = found.unit
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
        key: referenceKey(path, paragraph.index, found.text),
        source: path,
        paragraph: paragraph.index,
        paragraphStart: found.start,
        paragraphEnd: found.end,
        start: offsets[paragraph.index]! + found.start,
        end: offsets[paragraph.index]! + found.end,
        text: found.text,
        kind: found.unit?.kind ?? 'document',
        units: found.unit?.numbers ?? [],
        path: found.unit ? [{ kind: found.unit.kind, numbers: found.unit.numbers }] : [],
        designation: designation?.text ?? null,
        language: 'en',
        corrected: false,
        ...withConfidence(resolveOne(found, lookup, source)),
      })
    }
  }
  return resolved
}

/** Every reference of every document in the folder, documents in the order given, with the analyst's corrections applied. */
export function resolveFolderReferences(documents: ReferableDocument[], corrections: ReferenceCorrections = NO_CORRECTIONS): ResolvedReference[] {
  const index = indexDocuments(documents)
  return documents.flatMap((document) => resolveDocumentReferences(document.path, index)).map((reference) => corrected(reference, corrections, index))
}

function withConfidence(resolution: Pick<ResolvedReference, 'target' | 'candidates' | 'reason'>): Pick<ResolvedReference, 'target' | 'candidates' | 'reason' | 'confidence' | 'why'> {
  const confidence = resolution.target ? 0.9 : resolution.candidates.length > 0 ? 0.5 : 0
  return { ...resolution, confidence, why: resolution.reason ?? 'named in the reference' }
}

/** A link the analyst corrected leads where they said: to the same units in the chosen document, or nowhere. */
function corrected(reference: ResolvedReference, corrections: ReferenceCorrections, index: ReferenceIndex): ResolvedReference {
  if (!Object.hasOwn(corrections.links, reference.key)) return reference
  const chosen = corrections.links[reference.key]
  const entry = chosen ? index.documents.get(chosen) : undefined
  if (!entry) {
    const reason = chosen ? `the document you chose (${chosen}) is no longer in this folder` : 'you marked it as leading to no document here'
    return { ...reference, target: null, candidates: [], reason, confidence: 0, why: reason, corrected: true }
  }
  const located = reference.kind === 'document' ? { indexes: [], missing: null } : paragraphsOf(entry, reference.kind as UnitKind, reference.units)
  const target = targetOf(entry, located.missing === null ? located.indexes : [], 'chosen by you')
  return { ...reference, target, candidates: [target], reason: null, confidence: 1, why: 'chosen by you', corrected: true }
}
