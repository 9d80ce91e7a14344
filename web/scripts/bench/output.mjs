// Results are written as JSON under web/.bench/ (git-ignored) for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { OUTPUT_DIR } from './settings.mjs'

export function writeResults(name, results) {
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const file = path.join(OUTPUT_DIR, name)
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
  console.log(`\nWritten ${path.relative(process.cwd(), file) || file}`)
}

/** The machine is shared: a high load average explains noisy figures. */
export function machineLoad() {
  return { average: Number(os.loadavg()[0].toFixed(2)), cores: os.availableParallelism() }
}
