import { resolve } from 'node:path'
import { DEFAULT_READING_LIMITS, ReaderPool, type ReadingLimits } from './reader-pool'
import { afterEach } from 'vitest'

/** The reading thread as built (Vitest's global set-up builds the app first). */
export const BUILT_WORKER_FOR_TESTS = resolve('out/main/reader-worker.js')

/**
 * Reader pools over the real, built reading thread, closed after each test: the services are
 * tested on the path the app takes, worker threads and limits included.
 */
export function useReaderPools(): (limits?: Partial<ReadingLimits>, threads?: number) => ReaderPool {
  const made: ReaderPool[] = []
  afterEach(async () => {
    await Promise.all(made.splice(0).map((pool) => pool.close()))
  })
  return (limits = {}, threads = 2) => {
    const pool = new ReaderPool(BUILT_WORKER_FOR_TESTS, { ...DEFAULT_READING_LIMITS, ...limits }, threads)
    made.push(pool)
    return pool
  }
}
