import { spawnSync } from 'node:child_process'

/**
 * Vitest's global set-up: the services read files in worker threads that run the built
 * reading script (out/main/reader-worker.js), so the tests build the app once first and test
 * that real path, not a stand-in. Vitest runs from the project's root.
 */
export default function setup(): void {
  const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`The build the tests run on failed:\n${build.stdout}\n${build.stderr}`)
}
