#!/usr/bin/env node
// The Word files with tracked changes are checked by opening them in LibreOffice, as a colleague
// without Word would (headless, converted to PDF). Installs Debian's libreoffice-writer-nogui
// when missing and allowed to, else says what to do; the tests that need it are skipped without it.
'use strict'
const { existsSync } = require('node:fs')
const { spawnSync } = require('node:child_process')

const CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']
const found = () => process.env.SOFFICE_PATH || CANDIDATES.find((path) => existsSync(path))

if (found()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')
if (!isRoot || !hasApt) {
  console.error('LibreOffice is needed to check the Word reports: install it (Debian/Ubuntu: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui) or set SOFFICE_PATH.')
  process.exit(1)
}
console.log('Installing LibreOffice Writer (no GUI) from Debian for the Word report tests…')
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-writer-nogui']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed; install libreoffice-writer-nogui by hand or set SOFFICE_PATH.`)
    process.exit(1)
  }
}
if (!found()) {
  console.error('libreoffice-writer-nogui was installed but soffice was not found where expected; set SOFFICE_PATH.')
  process.exit(1)
}
