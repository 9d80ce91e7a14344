// `pnpm dev` at the root runs every workspace's dev task; the studio needs a real Sanity
// project to talk to, so without one it says how to configure it and steps aside.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

// The Sanity CLI reads studio/.env itself; read it here too so the check below sees it.
if (existsSync('.env')) process.loadEnvFile('.env')

if (!process.env.SANITY_STUDIO_PROJECT_ID) {
  console.log(
    'studio: no SANITY_STUDIO_PROJECT_ID set, so the studio is not started. ' +
      'Copy studio/.env.example to studio/.env and fill it in to run it at http://localhost:3333.',
  )
  process.exit(0)
}
const child = spawn('sanity', ['dev'], { stdio: 'inherit', shell: true })
child.on('exit', (code) => process.exit(code ?? 0))
