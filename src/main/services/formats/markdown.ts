import type { ExtractedText } from './extracted'

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/

function frontMatterField(block: string, name: string): string | null {
  const match = new RegExp(`^${name}\\s*:\\s*(.+)$`, 'mi').exec(block)
  return match?.[1]?.trim().replace(/^["']|["']$/g, '') || null
}

/** Markdown markup a reader does not see: emphasis, code ticks, link targets, heading marks. */
function stripInlineMarkup(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
}

const LIST_OR_TABLE_LINE = /^\s*(?:[-*+]\s|\d+[.)]\s|\|)/
const TABLE_RULE = /^\s*\|?\s*:?-{3,}/

/**
 * Markdown to paragraphs: blank lines separate paragraphs, and each list item and table row is a
 * paragraph of its own. Title from front matter, else from the first level-one heading.
 */
export function extractMarkdown(text: string): ExtractedText {
  let body = text.replace(/^\uFEFF/, '')
  let declaredTitle: string | null = null
  let declaredDate: string | null = null
  const frontMatter = FRONT_MATTER.exec(body)
  if (frontMatter?.[1] !== undefined) {
    declaredTitle = frontMatterField(frontMatter[1], 'title')
    const date = frontMatterField(frontMatter[1], 'date')
    declaredDate = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null
    body = body.slice(frontMatter[0].length)
  }
  const lines: string[] = []
  for (const line of body.split(/\r?\n/)) {
    if (TABLE_RULE.test(line) && line.includes('-')) continue
    if (LIST_OR_TABLE_LINE.test(line)) lines.push('')
    if (!declaredTitle && /^#\s+\S/.test(line)) {
      declaredTitle = stripInlineMarkup(line)
      continue
    }
    const cleaned = stripInlineMarkup(line)
    lines.push(cleaned.startsWith('|') ? cleaned.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()).join(' · ') : cleaned)
  }
  return { body: lines.join('\n'), declaredTitle, declaredDate }
}
