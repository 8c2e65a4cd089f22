import type { ResolvedReference } from '../references/resolved'
import { paragraphLabel, type Paragraph } from '../text/paragraphs'
import type { Quotation } from './quotations'

/** The `kind` a quotation has among the folder's references: what tells the two apart. */
export const QUOTATION_KIND = 'quotation'

export function isQuotation(reference: Pick<ResolvedReference, 'kind'>): boolean {
  return reference.kind === QUOTATION_KIND
}

/** A paragraph's label as a quotation names it: "¶ 3" for point 3 as for the third unnumbered paragraph. */
export function paragraphName(label: string): string {
  return label.startsWith('¶') ? label : `¶ ${label}`
}

interface QuotedDocument {
  title: string
  paragraphs: readonly Paragraph[]
}

/**
 * A quotation as a link among the references: it leads, surely, to the paragraph whose words it
 * repeats, so the reader shows it, follows it, and lists it under "cited by" as it does a reference.
 */
export function quotationReference(quotation: Quotation, quoted: QuotedDocument): ResolvedReference {
  const paragraph = quoted.paragraphs[quotation.quoted.paragraph]
  const label = paragraph ? paragraphLabel(paragraph) : `¶ ${quotation.quoted.paragraph + 1}`
  const named = paragraphName(label)
  const target = {
    document: quotation.quoted.document,
    paragraph: label,
    paragraphs: [label],
    indexes: [quotation.quoted.paragraph],
    reason: `its ${quotation.words} words stand in ${named}`,
  }
  return {
    key: `quotation:${quotation.source}:${quotation.paragraph}:${quotation.paragraphStart}`,
    source: quotation.source,
    paragraph: quotation.paragraph,
    paragraphStart: quotation.paragraphStart,
    paragraphEnd: quotation.paragraphEnd,
    start: quotation.start,
    end: quotation.end,
    text: quotation.text,
    kind: QUOTATION_KIND,
    units: [label],
    path: [{ kind: 'paragraph', numbers: [label] }],
    designation: null,
    language: null,
    target,
    candidates: [target],
    reason: null,
    confidence: 1,
    why: `quotes ${quotation.words} words of ${named} of ${quoted.title}`,
    corrected: false,
  }
}
