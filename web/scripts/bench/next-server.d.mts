export function startNextServer(options: {
  label: string
  dir: string
  port: number
  env: NodeJS.ProcessEnv
}): Promise<{ url: string; stop: () => Promise<void> }>
