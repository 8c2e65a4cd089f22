import { describe, expect, it } from 'vitest'
import { detectReferences, type DetectedReference } from './detect'
import { REFERENCE_SENTENCES } from './fixtures'

/** The numbers of the finest unit cited: "paragraph 2 of Article 53" cites paragraph 2. */
const innermost = (reference: DetectedReference) => reference.units?.[reference.units.length - 1]?.numbers ?? []

describe('detectReferences on labelled sentences', () => {
  const unitLabels = REFERENCE_SENTENCES.flatMap((sentence) => sentence.references.filter((reference) => reference.units.length > 0))
  const nonReferences = REFERENCE_SENTENCES.filter((sentence) => sentence.references.length === 0)

  it('has enough labelled material to mean something', () => {
    expect(REFERENCE_SENTENCES.flatMap((sentence) => sentence.references).length).toBeGreaterThanOrEqual(80)
    expect(nonReferences.length).toBeGreaterThanOrEqual(40)
  })

  it('finds unit references with precision >= 0.95 and recall >= 0.90', () => {
    let truePositives = 0
    let detected = 0
    const misses: string[] = []
    for (const sentence of REFERENCE_SENTENCES) {
      const found = detectReferences(sentence.text).filter((reference) => reference.units !== null)
      detected += found.length
      for (const label of sentence.references.filter((reference) => reference.units.length > 0)) {
        const hit = found.find((reference) => reference.text === label.text)
        if (hit && JSON.stringify(innermost(hit)) === JSON.stringify(label.units)) truePositives++
        else misses.push(`${label.text} ← ${JSON.stringify(found.map((reference) => [reference.text, reference.units]))}`)
      }
    }
    const precision = truePositives / detected
    const recall = truePositives / unitLabels.length
    // Printed so a failing run says which labels were missed, not only the ratios.
    if (precision < 0.95 || recall < 0.9) console.log(misses.join('\n'))
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it('finds nothing in sentences whose numbers are not references', () => {
    const wrong = nonReferences.filter((sentence) => detectReferences(sentence.text).length > 0).map((sentence) => sentence.text)
    expect(wrong.length / nonReferences.length).toBeLessThanOrEqual(0.05)
  })

  it('finds whole-document references', () => {
    const labels = REFERENCE_SENTENCES.flatMap((sentence) => sentence.references.filter((reference) => reference.units.length === 0).map((label) => ({ sentence, label })))
    const found = labels.filter(({ sentence, label }) => detectReferences(sentence.text).some((reference) => reference.units === null && reference.text === label.text))
    expect(found.length / labels.length).toBeGreaterThanOrEqual(0.9)
  })

  it('gives spans that are exactly the text they cover, in order', () => {
    for (const sentence of REFERENCE_SENTENCES) {
      const found = detectReferences(sentence.text)
      for (const reference of found) expect(sentence.text.slice(reference.start, reference.end)).toBe(reference.text)
      expect(found.map((reference) => reference.start)).toEqual([...found.map((reference) => reference.start)].sort((a, b) => a - b))
    }
  })

  it('reads ordinals, words, Roman numerals, lists and ranges', () => {
    const units = (text: string) => detectReferences(text).map((reference) => innermost(reference))
    expect(units('the fourth paragraph of the Statement')).toEqual([['4']])
    expect(units('points 4–6 of the Statement')).toEqual([['4', '5', '6']])
    expect(units('Article IV of the Treaty')).toEqual([['IV']])
    expect(units('paragraphs 3, 4 and 6 above')).toEqual([['3', '4', '6']])
  })

  it('finds references in text whose lower case is longer than itself (Turkish İ)', () => {
    const text = 'İstanbul: Paragraph 4 of the Trilateral Statement, cited by the İçişleri Bakanlığı with Article 51 of the UN Charter.'
    const found = detectReferences(text)
    expect(found.map((reference) => reference.text)).toEqual(['Paragraph 4 of the Trilateral Statement', 'Article 51 of the UN Charter'])
    for (const reference of found) expect(text.slice(reference.start, reference.end)).toBe(reference.text)
  })

  it('does not take a heading for a reference', () => {
    expect(detectReferences('Article 51')).toEqual([])
    expect(detectReferences('Статья 51.')).toEqual([])
    expect(detectReferences('CHAPITRE II\nL’UTILISATION DE LA FORCE')).toEqual([])
  })
})
