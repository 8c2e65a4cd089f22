#!/usr/bin/env node
'use strict'
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const built = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(built)) {
  console.error('communique: the app is not built yet; run "npm install" (or "npm run build") in the project folder first.')
  process.exit(1)
}
require(built)
