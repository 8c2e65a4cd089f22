import { extname, join, normalize, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The file of the built renderer (out/renderer) that a URL's path names, `/` being its
 * index.html; null when the path is malformed (a broken percent-escape, a NUL) or would leave
 * the folder. The web host and Electron's app:// protocol serve the renderer through this one
 * function, so both confine requests the same way.
 */
export function rendererFilePath(rendererDir: string, urlPathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const root = resolve(rendererDir)
  const relativePath = normalize(decoded).replace(/^[/\\]+/, '')
  const file = join(root, relativePath === '' || relativePath === '.' ? 'index.html' : relativePath)
  return file.startsWith(root + sep) ? file : null
}
