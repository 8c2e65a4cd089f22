import { LibraryService } from '../main/services/library-service'
import { ReaderPool } from '../main/services/reader-pool'

/** Reading threads for one command, stopped when it is done so that the process can end. */
export async function withReaderPool<T>(use: (pool: ReaderPool) => Promise<T>): Promise<T> {
  const pool = new ReaderPool()
  try {
    return await use(pool)
  } finally {
    await pool.close()
  }
}

/**
 * Opens a folder as the app does, waits until every file in it is read, and hands it to `use`;
 * then stops its reading threads, so the command can end.
 */
export async function withReadFolder<T>(folder: string, use: (library: LibraryService) => Promise<T>): Promise<T> {
  return withReaderPool(async (pool) => {
    const library = new LibraryService(pool)
    try {
      await library.open(folder)
      await library.whenRead()
      return await use(library)
    } finally {
      await library.close()
    }
  })
}
