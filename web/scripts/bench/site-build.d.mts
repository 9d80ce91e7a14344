export function ensureSiteBuild(options: {
  rebuild?: boolean
  env: NodeJS.ProcessEnv
}): Promise<void>
