export function ensureSiteBuild(options: {
  rebuild?: boolean
  env: NodeJS.ProcessEnv
}): Promise<void>
export function copySiteBuild(distDir: string): { distDir: string; remove: () => void }
