import type { ExtractedText } from './extracted'

export function extractPlainText(text: string): ExtractedText {
  return { body: text, declaredTitle: null, declaredDate: null }
}
