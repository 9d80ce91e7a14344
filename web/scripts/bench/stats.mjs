// The summaries the benchmarks print.

export function median(values) {
  const numbers = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (numbers.length === 0) return null
  const middle = Math.floor(numbers.length / 2)
  return numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation. */
export function percentile(values, p) {
  const numbers = [...values].sort((a, b) => a - b)
  if (numbers.length === 0) return null
  const rank = Math.ceil((p / 100) * numbers.length)
  return numbers[Math.min(numbers.length, Math.max(1, rank)) - 1]
}
