import { isRequired, type ContractType, type RequiredField } from '@chaffcent/content/contract'
import { z } from 'zod'

/** A field editors may leave empty: GROQ answers null, the component gets undefined and leaves it out. */
type Optional<S extends z.ZodType> = z.ZodType<
  z.output<S> | undefined,
  z.input<S> | null | undefined
>

type ContractFields<T extends ContractType, Shape extends Record<string, z.ZodType>> = {
  [K in keyof Shape]: K extends RequiredField<T> | `_${string}`
    ? Shape[K]
    : null extends z.input<Shape[K]>
      ? Shape[K]
      : Optional<Shape[K]>
}

const emptyToUndefined = (schema: z.ZodType) =>
  schema.nullish().transform((value) => value ?? undefined)

/**
 * The fields of a `type` as the site reads them, following `@chaffcent/content/contract`:
 * a field the contract requires (and every system field, `_id`, `_key`…) is checked as
 * written; any other may be empty, unless its schema already has its own answer for
 * empty (lists become [], rich text no blocks).
 */
export function contractFields<T extends ContractType, Shape extends Record<string, z.ZodType>>(
  type: T,
  shape: Shape,
): ContractFields<T, Shape> {
  const fields = Object.entries(shape).map(([field, schema]) => {
    const asWritten =
      field.startsWith('_') || isRequired(type, field) || schema.safeParse(null).success
    return [field, asWritten ? schema : emptyToUndefined(schema)]
  })
  return Object.fromEntries(fields) as ContractFields<T, Shape>
}
