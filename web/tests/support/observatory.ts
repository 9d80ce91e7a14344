import { execFile } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const SCANNER = path.resolve('node_modules/@mdn/mdn-http-observatory')
/** Its install script downloads Chromium's HSTS preload list; offline it runs with an empty one. */
const PRELOAD_LIST = path.join(SCANNER, 'conf', 'hsts-preload.json')

export interface ObservatoryTest {
  pass: boolean
  result: string
}

/**
 * Mozilla's HTTP Observatory scan of one address (`127.0.0.1:PORT/path`): each test's
 * outcome by name. The scanner is installed with its scripts off (pnpm-workspace.yaml).
 */
export async function observatoryScan(address: string): Promise<Record<string, ObservatoryTest>> {
  if (!existsSync(PRELOAD_LIST)) writeFileSync(PRELOAD_LIST, '{}\n')
  const { stdout } = await promisify(execFile)(process.execPath, [
    path.join(SCANNER, 'src', 'scan.js'),
    address,
  ])
  const report = JSON.parse(stdout) as { error?: string; tests?: Record<string, ObservatoryTest> }
  if (!report.tests) throw new Error(`The Observatory scan of ${address} failed: ${report.error}`)
  return report.tests
}
