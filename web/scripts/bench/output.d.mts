export function writeResults(name: string, results: unknown): void
export function machineLoad(): { average: number; cores: number }
