import { parseDocument } from 'htmlparser2'
import { isTag, isText, type ChildNode, type Element } from 'domhandler'
import { declaredDateOf } from './declared-date'
import { AppError } from '../../../shared/errors'
import type { ExtractedText } from './extracted'

/** Far deeper than any page a person reads (a few dozen levels); parsing a page nested 100,000 deep costs seconds. */
const MAX_NESTING = 2_000
/** Elements that never hold others, so they never deepen the nesting. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'option'])

/**
 * Whether a page nests elements deeper than `limit`, told in one pass over its tags without
 * parsing it: opening tags deepen, closing tags come back up. Elements whose end tag may be left
 * out (p, li) are not counted, so a page of unclosed paragraphs is not taken for a deep one.
 */
function nestedDeeperThan(html: string, limit: number): boolean {
  let depth = 0
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 47
    let end = at + (closing ? 2 : 1)
    while (end < html.length && end - at < 12 && /[A-Za-z0-9]/.test(html[end]!)) end++
    const name = html.slice(at + (closing ? 2 : 1), end).toLowerCase()
    if (name === '' || VOID_ELEMENTS.has(name)) continue
    if (closing) depth = Math.max(0, depth - 1)
    else if (++depth > limit) return true
  }
  return false
}

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

/**
 * Every element below `nodes`, in document order, without recursion: a page nested 100,000
 * deep is read like any other.
 */
function* elementsIn(nodes: ChildNode[]): Generator<Element> {
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isTag(node)) continue
    yield node
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
}

function textContent(node: ChildNode): string {
  if (isText(node)) return node.data
  const parts: string[] = []
  const stack: ChildNode[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (isText(next)) parts.push(next.data)
    else if (isTag(next)) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!)
  }
  return parts.join('')
}

function findFirst(nodes: ChildNode[], matches: (element: Element) => boolean): Element | null {
  for (const element of elementsIn(nodes)) if (matches(element)) return element
  return null
}

const named = (name: string) => (element: Element) => element.name === name

/** What a page's <meta> elements say, by lower-cased property, name or itemprop; the first of each wins. */
function metaContents(nodes: ChildNode[]): Map<string, string> {
  const contents = new Map<string, string>()
  for (const element of elementsIn(nodes)) {
    if (element.name !== 'meta') continue
    const content = element.attribs.content?.replace(/\s+/g, ' ').trim()
    if (!content) continue
    for (const key of [element.attribs.property, element.attribs.name, element.attribs.itemprop, element.attribs['http-equiv']]) {
      const lower = key?.toLowerCase()
      if (lower && !contents.has(lower)) contents.set(lower, content)
    }
  }
  return contents
}

/** The site that published a saved page: its Open Graph site name, else its author or application name. */
function publisherOf(meta: Map<string, string>): string | null {
  for (const key of ['og:site_name', 'author', 'application-name']) {
    const content = meta.get(key)
    if (content) return content
  }
  return null
}

/** Where pages say when they were published, most specific first. */
const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date',
]

/** When a saved page was published: its metadata, else the first <time datetime> of its content (or of the page). */
function publishedDate(meta: Map<string, string>, nodes: ChildNode[], content: Element | null): string | null {
  for (const key of PUBLISHED_KEYS) {
    const date = declaredDateOf(meta.get(key))
    if (date) return date
  }
  const withDatetime = (element: Element) => element.name === 'time' && Boolean(element.attribs.datetime)
  const time = (content && findFirst(content.children, withDatetime)) ?? findFirst(nodes, withDatetime)
  return declaredDateOf(time?.attribs.datetime)
}

/** The language a page declares: <html lang>, else its content-language or Open Graph locale ("ru_RU"). */
function declaredLanguageOf(meta: Map<string, string>, nodes: ChildNode[]): string | null {
  const html = findFirst(nodes, named('html'))
  return html?.attribs.lang?.trim() || html?.attribs['xml:lang']?.trim() || meta.get('content-language') || meta.get('og:locale') || null
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
export function extractHtml(html: string, fileName = 'The page'): ExtractedText {
  if (nestedDeeperThan(html, MAX_NESTING)) {
    throw new AppError('TOO_COMPLEX', `${fileName} nests its elements more than ${MAX_NESTING.toLocaleString('en')} deep; no page a person reads does.`)
  }
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true })
  const main =
    findFirst(document.children, named('main')) ??
    findFirst(document.children, (element) => element.attribs.role === 'main') ??
    findFirst(document.children, named('article'))
  const root = main ?? findFirst(document.children, named('body'))
  const parts: string[] = []
  // An explicit stack instead of recursion: each entry is a node to read (with the depth of
  // lists it is in) or text to add once the nodes pushed after it are read.
  type Step = { node: ChildNode; listDepth: number } | string
  const stack: Step[] = []
  const pushChildren = (nodes: ChildNode[], listDepth: number) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, listDepth })
  }
  pushChildren(root ? root.children : document.children, 0)
  while (stack.length > 0) {
    const step = stack.pop()!
    if (typeof step === 'string') {
      parts.push(step)
      continue
    }
    const { node, listDepth } = step
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
    if (block) {
      parts.push('\n\n')
      stack.push('\n\n')
    }
    if (node.name === 'ol') {
      const start = Number(node.attribs.start ?? '1') || 1
      const items = node.children.filter((child): child is Element => isTag(child) && child.name === 'li')
      for (let position = items.length - 1; position >= 0; position--) {
        stack.push('\n\n')
        pushChildren(items[position]!.children, listDepth + 1)
        stack.push(`\n\n${listLabel(position, listDepth, start)} `)
      }
    } else pushChildren(node.children, node.name === 'ul' ? listDepth + 1 : listDepth)
  }
  const title = findFirst(document.children, named('title')) ?? findFirst(document.children, named('h1'))
  const declaredTitle = title ? textContent(title).replace(/\s+/g, ' ').trim() || null : null
  const body = parts.join('').replace(/[ ]*\n[ ]*/g, '\n').replace(/\n{3,}/g, '\n\n')
  const meta = metaContents(document.children)
  return {
    body,
    declaredTitle,
    declaredDate: publishedDate(meta, document.children, main),
    declaredLanguage: declaredLanguageOf(meta, document.children),
    declaredPublisher: publisherOf(meta),
  }
}
