/**
 * Debian's Chromium (Playwright cannot download its own browser on this network) and the
 * flags every run of it takes, in the browser tests and the benchmarks alike. Without the
 * background-networking ones it floods the closed network with refused connections.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
