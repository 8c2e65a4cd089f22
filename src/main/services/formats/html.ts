import { parseDocument } from 'htmlparser2'
import { isTag, isText, type ChildNode, type Element } from 'domhandler'
import type { ExtractedText } from './extracted'

/** Elements whose content is never part of what a reader reads. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'nav', 'head', 'button', 'form', 'select'])
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'li', 'ul', 'ol',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'dl', 'dt', 'dd', 'pre', 'figure', 'figcaption', 'hr', 'address',
])

function textContent(node: ChildNode): string {
  if (isText(node)) return node.data
  if (isTag(node)) return node.children.map(textContent).join('')
  return ''
}

function findFirst(nodes: ChildNode[], name: string): Element | null {
  for (const node of nodes) {
    if (!isTag(node)) continue
    if (node.name === name) return node
    const inner = findFirst(node.children, name)
    if (inner) return inner
  }
  return null
}

/**
 * Text of an HTML page, paragraph by paragraph. Markup is parsed, never rendered: the result is
 * plain text, so nothing of the page (scripts, handlers, links) reaches the app.
 */
export function extractHtml(html: string): ExtractedText {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true })
  const parts: string[] = []
  const walk = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) {
        parts.push(node.data.replace(/\s+/g, ' '))
      } else if (isTag(node)) {
        if (SKIPPED.has(node.name)) continue
        if (node.name === 'br') {
          parts.push('\n')
          continue
        }
        const block = BLOCK.has(node.name)
        if (block) parts.push('\n\n')
        walk(node.children)
        if (block) parts.push('\n\n')
      }
    }
  }
  const main = findFirst(document.children, 'main') ?? findFirst(document.children, 'article') ?? findFirst(document.children, 'body')
  walk(main ? main.children : document.children)
  const title = findFirst(document.children, 'title') ?? findFirst(document.children, 'h1')
  const declaredTitle = title ? textContent(title).replace(/\s+/g, ' ').trim() || null : null
  const body = parts.join('').replace(/[ ]*\n[ ]*/g, '\n').replace(/\n{3,}/g, '\n\n')
  return { body, declaredTitle, declaredDate: null }
}
