// Lets the benchmarks import the workspace's TypeScript (the webhook definition, the tests'
// publish cases) with Node's type stripping: those files import their neighbours without an
// extension, as the bundler and tsc resolve them, so a missing `.ts` is added here.
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
