import { AppError } from '../../shared/errors'

/** Bytes that plain text of any kind does not contain: a sign of a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 8 || (byte > 13 && byte < 32 && byte !== 27)) control++
  }
  return sample.length > 0 && control / sample.length > 0.1
}

/**
 * Decodes a text file: UTF-8 (with or without BOM) and UTF-16 with a BOM. Anything else is
 * refused with a reason rather than shown as mojibake.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (looksBinary(bytes)) {
    throw new AppError('UNSUPPORTED_FORMAT', `${fileName} looks like a binary file, not text.`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new AppError('BAD_ENCODING', `${fileName} is not valid UTF-8 or UTF-16 text.`)
  }
}
