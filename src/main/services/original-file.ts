import { basename } from 'node:path'
import { AppError } from '../../shared/errors'
import { formatOf } from './file-formats'
import type { LibraryService } from './library-service'

/**
 * The file behind a document, for the system's opener or file manager. Only a file the open
 * folder lists as a document Communique reads goes there, checked by its name in the folder and
 * by the file it really is (a link named statement.pdf may point at a script): a script, a
 * .desktop launcher or a program is refused here and never handed to the opener, which would run it.
 */
export async function openableOriginal(library: LibraryService, documentPath: string): Promise<string> {
  const file = await library.originalFile(documentPath)
  const listed = library.current()?.documents.find((document) => document.path === documentPath)
  if (!listed) throw new AppError('INVALID_INPUT', `${documentPath} is not a document of the open folder.`)
  if (formatOf(documentPath) === null || formatOf(basename(file)) === null || listed.problem?.code === 'UNSUPPORTED_FORMAT') {
    throw new AppError('UNSUPPORTED_FORMAT', `${listed.name} is not a document Communique reads (.txt, .md, .html, .pdf, .docx), so it is not opened from here.`)
  }
  return file
}
