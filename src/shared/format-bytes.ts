/** "1536" → "1.5 KB": sizes as people read them, in the UI, the CLI and error messages alike. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const [value, unit] = bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB']
  // "50 MB", not "50.0 MB": a decimal only where it says something.
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`
}
