// Fails when regenerating the schema or query types changed a committed file: the
// generated types are checked in, so a schema or query change must bring them along.
import { execFileSync } from 'node:child_process'

const files = process.argv.slice(2)
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' })
// Compared with what git holds for them: edited since the last add/commit, or never added.
const changed =
  git('diff', '--name-only', '--', ...files) +
  git('ls-files', '--others', '--exclude-standard', '--', ...files)
if (changed.trim()) {
  console.error(
    'Generated types are out of date. Run `pnpm typegen` at the root and commit the result:\n' +
      changed,
  )
  process.exit(1)
}
console.log('Generated schema and query types are up to date.')
