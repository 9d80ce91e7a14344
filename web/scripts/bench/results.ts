// What every benchmark prints and keeps: summaries, the machine's load, and the JSON written
// under web/.bench/ (git-ignored) for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { OUTPUT_DIR } from './settings.ts'

export function writeResults(name: string, results: unknown): void {
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const file = path.join(OUTPUT_DIR, name)
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
  console.log(`\nWritten ${path.relative(process.cwd(), file) || file}`)
}

export interface MachineLoad {
  average: number
  cores: number
}

/** The machine is shared: a high load average explains noisy figures. */
export function machineLoad(): MachineLoad {
  return { average: Number(os.loadavg()[0]!.toFixed(2)), cores: os.availableParallelism() }
}

export function median(values: (number | null)[]): number | null {
  const numbers = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (numbers.length === 0) return null
  const middle = Math.floor(numbers.length / 2)
  return numbers.length % 2 ? numbers[middle]! : (numbers[middle - 1]! + numbers[middle]!) / 2
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation. */
export function percentile(values: number[], p: number): number {
  const numbers = [...values].sort((a, b) => a - b)
  if (numbers.length === 0) throw new Error('no values to take a percentile of')
  const rank = Math.ceil((p / 100) * numbers.length)
  return numbers[Math.min(numbers.length, Math.max(1, rank)) - 1]!
}

export interface TimingSummary {
  median: number
  p95: number
  min: number
  max: number
}

/** Median, p95 and extremes of timings in milliseconds. */
export function summariseTimings(values: number[]): TimingSummary {
  return {
    median: median(values)!,
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
  }
}

export function describeTimings({ median, p95, min, max }: TimingSummary): string {
  return `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (min ${min.toFixed(1)}, max ${max.toFixed(1)})`
}
