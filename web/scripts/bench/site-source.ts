// Lets `pnpm bench images` and `pnpm bench last-good` load the site's own source in process.
// The site's source is written for its bundler, whose relative imports leave out `.ts`; Node
// needs the file named, so a relative import from a .ts file that does not resolve is tried
// again with `.ts`. Only those two benchmarks register this: the rest of the bench, and all
// it loads, name their files (tsc -p scripts checks that they do).
import { registerHooks } from 'node:module'

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../')
      if (!relative || !context.parentURL?.endsWith('.ts')) throw error
      return nextResolve(`${specifier}.ts`, context)
    }
  },
})
