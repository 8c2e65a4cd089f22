/** One content security policy for the Electron window and the web host: only our own code. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]

const policyOf = (directives: readonly (readonly [string, string])[]): string => directives.map((directive) => directive.join(' ')).join('; ')

/** Sent as a header with every page the app serves (web host, app:// protocol). */
export const CONTENT_SECURITY_POLICY = policyOf(DIRECTIVES)

/**
 * The same policy in index.html's `<meta http-equiv>`, so the page carries it however it is
 * loaded (the dev server too). Less frame-ancestors, which a `<meta>` policy may not set (the
 * browser ignores it there, with a warning): the header carries that one.
 */
export const META_CONTENT_SECURITY_POLICY = policyOf(DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'))
