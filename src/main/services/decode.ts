import { analyse } from 'chardet'
import { AppError } from '../../shared/errors'

export interface DecodedText {
  text: string
  /** The encoding the bytes were read in: "UTF-8", "UTF-16LE", "windows-1251", … */
  encoding: string
  /** Something the reader should know about how the text was decoded, or null. */
  warning: string | null
}

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

/** Legacy encodings of the languages official statements come in, as chardet names them: single-byte ones, and CJK. */
const LEGACY_ENCODINGS = new Set([
  'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257',
  'ISO-8859-1', 'ISO-8859-2', 'ISO-8859-5', 'ISO-8859-6', 'ISO-8859-7', 'ISO-8859-8', 'ISO-8859-9', 'KOI8-R',
  'Shift_JIS', 'EUC-JP', 'GB18030', 'Big5', 'EUC-KR',
])
/** chardet's confidence (0–100) below which a guess is not worth showing as text. */
const MIN_CONFIDENCE = 10

function legacyEncoding(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 64 * 1024)
  const guess = analyse(sample).find((candidate) => LEGACY_ENCODINGS.has(candidate.name) && candidate.confidence >= MIN_CONFIDENCE)
  return guess?.name ?? null
}

/** How often U+FFFD stands in the bytes themselves (EF BF BD), as opposed to where decoding put it. */
function replacementCharactersIn(bytes: Uint8Array): number {
  let count = 0
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++
  }
  return count
}

/**
 * UTF-8 with a few broken sequences (a stray byte from a copy and paste, a cut at a buffer's
 * end): decoded as UTF-8 with U+FFFD in their place, when its valid multi-byte characters
 * outnumber the broken ones by far. A legacy encoding decoded as UTF-8 breaks at nearly every
 * non-ASCII letter instead.
 */
function mostlyUtf8(bytes: Uint8Array, fileName: string): DecodedText | null {
  const text = new TextDecoder('utf-8').decode(bytes)
  let replaced = 0
  let otherNonAscii = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0xfffd) replaced++
    else if (code > 0x7f) otherNonAscii++
  }
  const broken = replaced - replacementCharactersIn(bytes)
  if (otherNonAscii < broken * 4) return null
  const what = broken === 1 ? 'one byte sequence that is not UTF-8' : `${broken.toLocaleString('en')} byte sequences that are not UTF-8`
  return { text, encoding: 'UTF-8', warning: `${fileName} is UTF-8 but for ${what}; shown as \uFFFD.` }
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, UTF-8 with a few broken
 * sequences (with a warning), and legacy single-byte encodings (windows-1251 for Russian,
 * windows-1254 for Turkish, …) detected by chardet and decoded by the platform's TextDecoder.
 * What is none of these is refused with a reason rather than shown as mojibake.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', warning: null }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', warning: null }
  if (looksBinary(bytes)) throw new AppError('UNSUPPORTED_FORMAT', `${fileName} looks like a binary file, not text.`)
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', warning: null }
  } catch {
    const nearlyUtf8 = mostlyUtf8(bytes, fileName)
    if (nearlyUtf8) return nearlyUtf8
    const encoding = legacyEncoding(bytes)
    if (!encoding) throw new AppError('BAD_ENCODING', `${fileName} is in a text encoding Communique cannot recognise; save it as UTF-8.`)
    return { text: new TextDecoder(encoding).decode(bytes), encoding, warning: null }
  }
}
