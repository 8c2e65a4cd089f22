import { referable, type ReferableDocument } from '../core/references/resolve'
import { parseDocument } from '../core/text/document'
import { paragraph, Random } from './generate'

const COUNTRIES = ['Azerbaijan', 'Armenia', 'Türkiye', 'Georgia', 'Kazakhstan', 'France', 'Germany', 'Italy', 'Japan', 'Brazil', 'Egypt', 'India']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

interface Statement {
  title: string
  date: string
  /** How others cite it: "the Joint Statement of 4 March 2019". */
  citedAs: string
}

function statementOf(random: Random, index: number): Statement {
  const year = random.int(1995, 2025)
  const month = random.int(1, 12)
  const day = random.int(1, 28)
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const written = `${day} ${MONTHS[month - 1]} ${year}`
  const [a, b, c] = [random.pick(COUNTRIES), random.pick(COUNTRIES), random.pick(COUNTRIES)]
  switch (index % 3) {
    case 0:
      return { title: `Joint Statement of the Ministers of Foreign Affairs of ${a} and ${b}`, date, citedAs: `the Joint Statement of ${written}` }
    case 1:
      return {
        title: `Statement by the President of ${a}, the Prime Minister of ${b} and the President of ${c}`,
        date,
        citedAs: `the Trilateral Statement of ${written}`,
      }
    default:
      return { title: `${60 + (index % 20)}/${index}. Strengthening cooperation`, date, citedAs: `resolution ${60 + (index % 20)}/${index}` }
  }
}

/**
 * A folder of statement-like documents that cite each other by paragraph ("paragraph 3 of the
 * Joint Statement of 4 March 2019"), by resolution number and back to the document named last.
 */
export function generateFolder(documents: number, seed: number): ReferableDocument[] {
  const random = new Random(seed)
  const statements = Array.from({ length: documents }, (_, index) => statementOf(random, index))
  return statements.map((statement, index) => {
    const paragraphs: string[] = []
    const count = random.int(3, 8)
    for (let n = 1; n <= count; n++) {
      let text = paragraph(random, n)
      if (random.next() < 0.4) {
        const cited = statements[random.int(0, documents - 1)]!
        text += ` The parties recall paragraph ${random.int(1, 5)} of ${cited.citedAs}, and point ${random.int(1, 3)} of the Statement.`
      }
      paragraphs.push(text)
    }
    const path = `statements/${String(index).padStart(5, '0')}.txt`
    return referable(path, parseDocument({ body: `${statement.title}\n\n${paragraphs.join('\n\n')}`, fileName: `${statement.date}_${index}.txt`, modified: statement.date }))
  })
}

export function folderBytes(documents: ReferableDocument[]): number {
  let bytes = 0
  for (const document of documents) for (const paragraph of document.paragraphs) bytes += paragraph.text.length
  return bytes
}
