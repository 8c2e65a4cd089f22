#!/usr/bin/env node
// Starts Communique on a folder: as an Electron window where the Electron runtime can be had,
// otherwise (no runtime download possible, or no display) as the local web host in a browser.
'use strict'
const { spawn, spawnSync } = require('node:child_process')
const { existsSync, readFileSync } = require('node:fs')
const { dirname, resolve, join } = require('node:path')

const root = resolve(__dirname, '..')
const folder = resolve(process.argv[2] ?? join(root, 'resources', 'samples'))

/** The Electron binary, or the reason it cannot be used here. */
function electronRuntime() {
  if (process.env.COMMUNIQUE_WEB === '1') return { reason: 'COMMUNIQUE_WEB=1 asks for the web host' }
  // The electron package fetches its runtime on first use; without access to Electron's release
  // server that fails with a long stack trace. Fetch it here with its output kept back, so the
  // user reads one line either way.
  const electronDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(electronDir, 'path.txt')
  const runtimePath = () => {
    if (!existsSync(pathFile)) return null
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
    return existsSync(binary) ? binary : null
  }
  if (!runtimePath()) {
    console.log('Communique: fetching the Electron runtime…')
    spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 5 * 60_000 })
  }
  const binary = runtimePath()
  if (!binary) return { reason: 'the Electron runtime is not installed and could not be downloaded (no access to its release server)' }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' }
  }
  return { binary }
}

function startWebHost() {
  const args = [join(root, 'out', 'main', 'host.js'), folder]
  if (!process.env.CI) args.push('--open')
  const host = spawn(process.execPath, args, { stdio: 'inherit' })
  host.on('exit', (code) => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
}

const runtime = electronRuntime()
if (runtime.binary) {
  const app = spawn(runtime.binary, [root, folder], { stdio: 'inherit' })
  app.on('exit', (code) => process.exit(code ?? 0))
  app.on('error', (error) => {
    console.log(`Communique: Electron did not start (${error.message}); starting the web host instead.`)
    startWebHost()
  })
} else {
  console.log(`Communique: no desktop window, because ${runtime.reason}. Starting the web host instead.`)
  startWebHost()
}
