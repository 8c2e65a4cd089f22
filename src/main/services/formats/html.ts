import { parseDocument } from 'htmlparser2'
import { isTag, isText, type ChildNode, type Element } from 'domhandler'
import type { ExtractedText } from './extracted'

/** Elements whose content is never part of what a reader reads. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'nav', 'head', 'button', 'form', 'select', 'canvas', 'video', 'audio'])
/** Page furniture around the content, skipped when no <main> or <article> says where the content is. */
const FURNITURE = new Set(['header', 'footer', 'aside'])
/** Class or id words of menus, banners and share bars on saved news and ministry pages. */
const FURNITURE_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|cookies?|banner|share|social|related|footer|header|subscribe|advert|ads?)(?:$|[\s_-])/i
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

function findFirst(nodes: ChildNode[], matches: (element: Element) => boolean): Element | null {
  for (const node of nodes) {
    if (!isTag(node)) continue
    if (matches(node)) return node
    const inner = findFirst(node.children, matches)
    if (inner) return inner
  }
  return null
}

const named = (name: string) => (element: Element) => element.name === name

/** The site that published a saved page: its Open Graph site name, else its author or application name. */
function publisherOf(nodes: ChildNode[]): string | null {
  for (const key of ['og:site_name', 'author', 'application-name']) {
    const meta = findFirst(nodes, (element) => element.name === 'meta' && (element.attribs.property === key || element.attribs.name === key))
    const content = meta?.attribs.content?.replace(/\s+/g, ' ').trim()
    if (content) return content
  }
  return null
}

/** The number a list item shows: "1." in a top-level list, "(a)" one level down, "(i)" below. */
function listLabel(position: number, depth: number, start: number): string {
  const n = start + position
  if (depth === 0) return `${n}.`
  if (depth === 1) return `(${String.fromCharCode(96 + Math.min(26, n))})`
  return `(${'i'.repeat(Math.min(n, 3))})`
}

/**
 * Text of an HTML page (or of a Word document converted to HTML), paragraph by paragraph: the
 * main content only, numbered list items with their numbers. Markup is parsed, never rendered:
 * the result is plain text, so nothing of the page (scripts, handlers, links) reaches the app.
 */
export function extractHtml(html: string): ExtractedText {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true })
  const main =
    findFirst(document.children, named('main')) ??
    findFirst(document.children, (element) => element.attribs.role === 'main') ??
    findFirst(document.children, named('article'))
  const root = main ?? findFirst(document.children, named('body'))
  const parts: string[] = []
  const walk = (nodes: ChildNode[], listDepth: number): void => {
    for (const node of nodes) {
      if (isText(node)) {
        parts.push(node.data.replace(/\s+/g, ' '))
        continue
      }
      if (!isTag(node) || SKIPPED.has(node.name)) continue
      if (!main && (FURNITURE.has(node.name) || FURNITURE_NAMES.test(`${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`))) continue
      if (node.name === 'br') {
        parts.push('\n')
        continue
      }
      const block = BLOCK.has(node.name)
      if (block) parts.push('\n\n')
      if (node.name === 'ol') {
        const start = Number(node.attribs.start ?? '1') || 1
        node.children.filter((child): child is Element => isTag(child) && child.name === 'li').forEach((item, position) => {
          parts.push(`\n\n${listLabel(position, listDepth, start)} `)
          walk(item.children, listDepth + 1)
          parts.push('\n\n')
        })
      } else walk(node.children, node.name === 'ul' ? listDepth + 1 : listDepth)
      if (block) parts.push('\n\n')
    }
  }
  walk(root ? root.children : document.children, 0)
  const title = findFirst(document.children, named('title')) ?? findFirst(document.children, named('h1'))
  const declaredTitle = title ? textContent(title).replace(/\s+/g, ' ').trim() || null : null
  const body = parts.join('').replace(/[ ]*\n[ ]*/g, '\n').replace(/\n{3,}/g, '\n\n')
  return { body, declaredTitle, declaredDate: null, declaredPublisher: publisherOf(document.children) }
}
