import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { paragraph, Random } from './generate'

const COUNTRIES = ['Azerbaijan', 'Armenia', 'Türkiye', 'Georgia', 'Kazakhstan', 'France', 'Germany', 'Italy', 'Japan', 'Brazil', 'Egypt', 'India']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** Files per subfolder, as an archive kept by year or by source would hold them. */
const PER_FOLDER = 1_000

/** One generated statement file: where it goes, its title and its date. */
export interface StatementFile {
  path: string
  title: string
  date: string
}

/** The statements a folder of `count` holds, seeded: every run and every test sees the same ones. */
export function statementFiles(count: number, seed: number): StatementFile[] {
  const random = new Random(seed)
  return Array.from({ length: count }, (_, index) => {
    const year = random.int(1995, 2025)
    const month = random.int(1, 12)
    const day = random.int(1, 28)
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const [a, b] = [random.pick(COUNTRIES), random.pick(COUNTRIES)]
    const title = `Joint Statement of the Ministers of Foreign Affairs of ${a} and ${b} of ${day} ${MONTHS[month - 1]} ${year}`
    const path = `${String(Math.floor(index / PER_FOLDER)).padStart(3, '0')}/${date}_statement-${String(index).padStart(6, '0')}.txt`
    return { path, title, date }
  })
}

/**
 * Writes a folder of `count` statement-like text files (a title with its date, three to eight
 * numbered paragraphs), a thousand to a subfolder: the folder the scale benchmarks and the
 * end-to-end test of a large library open. Writes text only; reading it is what is measured.
 */
export async function writeStatementFolder(folder: string, count: number, seed: number): Promise<StatementFile[]> {
  const files = statementFiles(count, seed)
  const random = new Random(seed + 1)
  for (const [index, file] of files.entries()) {
    if (index % PER_FOLDER === 0) await mkdir(join(folder, file.path, '..'), { recursive: true })
    const paragraphs = Array.from({ length: random.int(3, 8) }, (_, n) => paragraph(random, n + 1))
    await writeFile(join(folder, file.path), `${file.title}\n\n${paragraphs.join('\n\n')}\n`)
  }
  return files
}
