import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentKind } from '../core/documents/kind-words'
import { detectLanguage, isLanguageCode, type LanguageCode } from '../core/languages/language'
import type { SearchableDocument } from '../core/search/search-index'
import { Random } from './generate'

/**
 * Documents for the search benchmarks, built from the real texts of the repository (the
 * samples and the references corpus: statements, treaties and news in eleven languages):
 * each document takes 3 to 10 paragraphs, each paragraph 1 to 4 sentences of real text of one
 * language, with a number or date now and then, so that the vocabulary, inflection and scripts
 * are real while paragraphs are new combinations. Seeded, so every run indexes the same texts.
 */

const REPOSITORY = join(__dirname, '..', '..')
const KINDS: DocumentKind[] = ['statement', 'resolution', 'treaty', 'commentary', 'news', 'speech', 'letter', 'other']

/** Sentences of real text by language. */
function realSentences(): Map<LanguageCode, string[]> {
  const byLanguage = new Map<LanguageCode, string[]>()
  const add = (language: LanguageCode | null, text: string): void => {
    if (!language) return
    const sentences = byLanguage.get(language) ?? []
    for (const paragraph of text.split(/\n\s*\n/)) {
      for (const sentence of paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?。])\s*/)) if (sentence.trim().length > 20) sentences.push(sentence.trim())
    }
    byLanguage.set(language, sentences)
  }
  const corpus = join(REPOSITORY, 'src/core/references/corpus')
  for (const line of readFileSync(join(corpus, 'passages.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const passage = JSON.parse(line) as { language: string; text: string }
    add(isLanguageCode(passage.language) ? passage.language : null, passage.text)
  }
  for (const folder of [join(corpus, 'targets'), join(REPOSITORY, 'resources/samples')]) {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.txt')) continue
      const text = readFileSync(join(folder, name), 'utf8')
      add(detectLanguage(text.slice(0, 4000)), text)
    }
  }
  return byLanguage
}

export function generateSearchCorpus(documents: number, seed: number): SearchableDocument[] {
  const random = new Random(seed)
  const sentences = realSentences()
  const languages = [...sentences.keys()]
  const result: SearchableDocument[] = []
  for (let d = 0; d < documents; d++) {
    const language = random.pick(languages)
    const pool = sentences.get(language)!
    const paragraphs = []
    const count = random.int(3, 10)
    for (let p = 0; p < count; p++) {
      const parts: string[] = []
      for (let s = random.int(1, 4); s > 0; s--) parts.push(random.pick(pool))
      if (random.next() < 0.3) parts.push(`${random.int(1, 31)}.${random.int(1, 12)}.${random.int(1990, 2025)} — ${random.int(1, 999)}.`)
      paragraphs.push({ index: p, number: p > 0 ? String(p) : null, text: p > 0 ? `${p}. ${parts.join(' ')}` : parts[0]!.slice(0, 120) })
    }
    const date = `${random.int(1995, 2025)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
    result.push({ path: `archive/${language}/${String(d).padStart(6, '0')}.txt`, title: paragraphs[0]!.text, kind: random.pick(KINDS), language, date, paragraphs })
  }
  return result
}
