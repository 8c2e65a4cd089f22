import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createAppServices, openStartFolder } from '../main/services/app-services'
import { ChromiumPrinter } from '../main/services/chromium-pdf'
import { defaultDataDir } from '../main/services/data-dir'
import { startHost } from './server'
import { openWithSystem, showInFileManager } from './system-open'
import { version } from '../../package.json'


/** The web host: the whole app in a browser, for machines without the Electron runtime. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { port: { type: 'string', default: '0' }, open: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`)
  const printer = new ChromiumPrinter()
  const services = await createAppServices(defaultDataDir(), {
    capabilities: { runtime: 'web', nativeFolderDialog: false, version },
    chooseFolder: async () => null,
    // The browser downloads and prints reports itself; the host only prints PDF with Chromium.
    reports: { printPdf: (html, signal) => printer.print(html, signal), save: async () => ({ savedTo: null, cancelled: false }), print: async () => false },
    openPath: openWithSystem,
    showInFolder: showInFileManager,
  })
  await openStartFolder(services, positionals[0] ? resolve(positionals[0]) : null)
  const host = await startHost({ dispatch: services.dispatch, rendererDir: resolve(__dirname, '../renderer') }, port)
  console.log(`Communique is running at ${host.url}`)
  console.log('Open that address in a browser; press Ctrl+C to stop.')
  // Best effort: where no browser can be started, the printed address is enough.
  if (values.open) openWithSystem(host.url).catch(() => undefined)
  const stop = (): void => {
    services.journal.close()
    void Promise.all([host.close(), printer.close()]).then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Communique: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
