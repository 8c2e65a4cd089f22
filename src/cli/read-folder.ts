import { DocumentReader } from '../main/services/document-reader'
import { LibraryService } from '../main/services/library-service'

/**
 * Opens a folder as the app does, waits until every file in it is read, and hands it to `use`;
 * then stops its reading threads, so the command can end.
 */
export async function withReadFolder<T>(folder: string, use: (library: LibraryService) => Promise<T>): Promise<T> {
  const library = new LibraryService(new DocumentReader())
  try {
    await library.open(folder)
    await library.whenRead()
    return await use(library)
  } finally {
    await library.dispose()
  }
}
