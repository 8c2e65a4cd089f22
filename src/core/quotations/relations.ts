import { findVersions, type VersionGroup } from '../documents/versions'
import type { ResolvedReference } from '../references/resolved'
import type { Paragraph } from '../text/paragraphs'
import { quotationReference } from './as-references'
import { findQuotations } from './quotations'

export interface RelatedDocument {
  path: string
  title: string
  paragraphs: Paragraph[]
  identity: { kind: string; date: string | null }
}

export interface TextRelations {
  versions: VersionGroup[]
  /** Each quotation as a link to the paragraph it quotes (`kind` "quotation"). */
  quotations: ResolvedReference[]
  /** Documents that quote one document more often than is listed (see findQuotations). */
  cut: string[]
}

/** How the folder's documents share text: which are versions of one text, and what quotes what. */
export function textRelations(documents: readonly RelatedDocument[]): TextRelations {
  const versions = findVersions(documents.map((document) => ({ path: document.path, paragraphs: document.paragraphs, kind: document.identity.kind })))
  const versionOf = new Map<string, number>()
  versions.forEach((group, id) => group.documents.forEach((path) => versionOf.set(path, id)))
  const byPath = new Map(documents.map((document) => [document.path, document]))
  const inputs = documents.map((document) => ({ path: document.path, paragraphs: document.paragraphs, kind: document.identity.kind, date: document.identity.date }))
  const found = findQuotations(inputs, versionOf)
  const quotations = found.quotations.map((quotation) => quotationReference(quotation, byPath.get(quotation.quoted.document)!))
  return { versions, quotations, cut: found.cut }
}

/** References and quotations together, document by document in the folder's order, each in text order. */
export function withQuotations(references: readonly ResolvedReference[], quotations: readonly ResolvedReference[], order: readonly string[]): ResolvedReference[] {
  const rank = new Map(order.map((path, index) => [path, index]))
  return [...references, ...quotations].sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) || a.start - b.start)
}
