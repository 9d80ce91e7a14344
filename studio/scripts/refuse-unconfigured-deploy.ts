// Runs before `sanity deploy` (see package.json): stops the deploy, saying why, when the
// environment would give editors a studio whose preview points nowhere.
import { existsSync } from 'node:fs'
import { deployProblems } from '../deploy/deploy-problems'

// The Sanity CLI reads studio/.env itself; read it here too so the check sees what it will.
if (existsSync('.env')) process.loadEnvFile('.env')

const problems = deployProblems(process.env)
if (problems.length > 0) {
  console.error(`The studio was not deployed:\n${problems.map((p) => `- ${p}`).join('\n')}`)
  process.exit(1)
}
