// `pnpm dev` at the root runs every workspace's dev task; the studio needs a real Sanity
// project to talk to, so without one it says how to configure it and steps aside.
import { spawn } from 'node:child_process'

if (!process.env.SANITY_STUDIO_PROJECT_ID) {
  console.log(
    'studio: no SANITY_STUDIO_PROJECT_ID set, so the studio is not started. ' +
      'Copy studio/.env.example to studio/.env and fill it in to run it at http://localhost:3333.',
  )
  process.exit(0)
}
const child = spawn('sanity', ['dev'], { stdio: 'inherit', shell: true })
child.on('exit', (code) => process.exit(code ?? 0))
