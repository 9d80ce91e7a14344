import type { ChildProcess } from 'node:child_process'
export function startProcess(
  command: string,
  args: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv; output?: 'inherit' | 'ignore' | number },
): ChildProcess
export function finished(child: ChildProcess, label: string): Promise<void>
