/**
 * Type-level checks that each zod schema and the query type `sanity typegen` generated
 * for the same GROQ query describe the same fields, so a query, a studio schema and a
 * runtime gate cannot drift apart unnoticed. `tsc` fails when one disagrees.
 */

type Item<T> = NonNullable<T> extends readonly (infer U)[] ? NonNullable<U> : NonNullable<T>

/** zod's loose objects (Portable Text blocks) accept any field: nothing to compare. */
type IsLoose<T> = string extends keyof T ? true : false

type AllTrue<T> = [T] extends [true] ? true : false

type LeavesAgree<Z, G> = [Item<G>] extends [Item<Z>]
  ? true
  : [Item<Z>] extends [Item<G>]
    ? true
    : false

/** True when both sides have the same fields, recursively, and compatible leaf types. */
export type Agrees<Z, G> =
  Item<Z> extends object
    ? Item<G> extends object
      ? IsLoose<Item<Z>> extends true
        ? true
        : [Exclude<keyof Item<Z>, keyof Item<G>>, Exclude<keyof Item<G>, keyof Item<Z>>] extends [
              never,
              never,
            ]
          ? AllTrue<
              {
                [K in keyof Item<Z> & keyof Item<G>]: Agrees<Item<Z>[K], Item<G>[K]>
              }[keyof Item<Z> & keyof Item<G>]
            >
          : false
      : false
    : LeavesAgree<Z, G>
