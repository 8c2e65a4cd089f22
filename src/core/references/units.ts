/**
 * Language-neutral names of a document's structure, shared by detection (what a reference names),
 * the outline (what a document has) and resolution. The lead moves these to
 * src/core/languages/language.ts when it lands.
 */

export type LanguageCode = 'en' | 'ru' | 'uk' | 'fr' | 'es' | 'de' | 'ar' | 'zh' | 'az' | 'tr' | 'hy'

/** "пункт"/"point"/"bənd" → 'point'; "статья"/"Article"/"maddə"/"条" → 'article'; … */
export type UnitKind =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'paragraph'
  | 'point'
  | 'subparagraph'
  | 'clause'
  | 'annex'
  | 'operative paragraph'
  | 'preambular paragraph'

/**
 * One step of a unit path, outermost first: "paragraph 2 of Article 53" →
 * [{ kind: 'article', numbers: ['53'] }, { kind: 'paragraph', numbers: ['2'] }]. Numbers as
 * written ("VII", "7", "(b)", "б"); the outline matches Roman with Arabic and letters across
 * alphabets.
 */
export interface UnitStep {
  kind: UnitKind
  numbers: string[]
}
