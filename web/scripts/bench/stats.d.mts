export function median(values: number[]): number | null
export function percentile(values: number[], p: number): number | null
