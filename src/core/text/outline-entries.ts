import { buildOutline, headingLabel, type OutlineNode } from './outline'
import type { Paragraph } from './paragraphs'

/** A heading of a document's table of contents, flat in document order, with its depth. */
export interface OutlineEntry {
  /** Index of the heading paragraph. */
  heading: number
  depth: number
  /** "Chapter VII", "Article 51". */
  label: string
  title: string | null
  /** The paragraphs it covers: [first, end). */
  first: number
  end: number
}

/** The headings of a document's outline, nested ones after their parent, for a table of contents. */
export function outlineEntries(paragraphs: Paragraph[]): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  const visit = (nodes: OutlineNode[], depth: number): void => {
    for (const node of nodes) {
      if (node.heading === null) continue
      entries.push({ heading: node.heading, depth, label: headingLabel(node, paragraphs), title: node.title, first: node.first, end: node.end })
      visit(node.children, depth + 1)
    }
  }
  visit(buildOutline(paragraphs, null), 0)
  return entries
}
