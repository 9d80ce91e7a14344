import { createSchema, type Schema } from 'sanity'
import { schemaTypes } from '../schemaTypes'

/**
 * The studio's schema compiled the way the studio compiles it (`createSchema` is what a
 * workspace calls on its types), with every rule in place. None of the plugins add types.
 */
export const compiledSchema: Schema = createSchema({ name: 'chaffcent', types: schemaTypes })

/**
 * The schema's own errors. With any, `createSchema` quietly compiles no types at all, so
 * document validation would find nothing to check: callers must look here first.
 */
export function schemaErrors(schema: Schema = compiledSchema): string[] {
  return (schema._validation ?? []).flatMap((group) =>
    group.problems
      .filter((problem) => problem.severity === 'error')
      .map(
        (problem) => `${group.path.map((segment) => segment.name).join(' › ')}: ${problem.message}`,
      ),
  )
}
