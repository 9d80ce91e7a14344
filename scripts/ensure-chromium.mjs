// The browser tests drive Debian's Chromium: Playwright cannot download its own build on
// this network. Install it when it is missing and we can (root with apt), else say how.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (existsSync(chromiumPath)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')

if (!isRoot || !hasApt) {
  console.error(
    `The browser tests need Chromium at ${chromiumPath}.\n` +
      '  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium and set CHROMIUM_PATH to its executable.',
  )
  process.exit(1)
}

console.log('Chromium is missing: installing Debian’s chromium package (about a minute)…')
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
  stdio: 'inherit',
})
if (!existsSync(chromiumPath)) {
  console.error(`apt-get finished but ${chromiumPath} is still missing.`)
  process.exit(1)
}
