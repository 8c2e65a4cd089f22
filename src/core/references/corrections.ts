/**
 * What the analyst taught the app about a folder's references, kept per folder by the app:
 * names added to documents ("also called …") by document path, and links corrected by hand,
 * by reference key, to the document they lead to (null: to nowhere).
 */
export interface ReferenceCorrections {
  names: Readonly<Record<string, readonly string[]>>
  links: Readonly<Record<string, string | null>>
}

export const NO_CORRECTIONS: ReferenceCorrections = { names: {}, links: {} }

/**
 * A reference's identity across folder states: the citing document, the paragraph it stands in
 * and its words. Kept by the app with a correction, so the correction holds while the text does.
 */
export function referenceKey(source: string, paragraph: number, text: string): string {
  return `${source}\n${paragraph}\n${text}`
}
