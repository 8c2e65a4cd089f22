#!/usr/bin/env node
// The end-to-end tests drive the system's Chromium (Playwright's own browser download is not
// reachable on these machines). Installs Debian's chromium when missing and allowed to, else
// says what to do.
'use strict'
const { existsSync } = require('node:fs')
const { spawnSync } = require('node:child_process')

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']
const found = () => process.env.CHROMIUM_PATH || CANDIDATES.find((path) => existsSync(path))

if (found()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')
if (!isRoot || !hasApt) {
  console.error('Chromium is needed for the end-to-end tests: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.')
  process.exit(1)
}
console.log('Installing Chromium from Debian for the end-to-end tests…')
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed; install chromium by hand or set CHROMIUM_PATH.`)
    process.exit(1)
  }
}
if (!found()) {
  console.error('chromium was installed but not found where expected; set CHROMIUM_PATH.')
  process.exit(1)
}
