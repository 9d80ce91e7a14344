/**
 * Type-level checks that each zod schema and the query type `sanity typegen` generated
 * for the same GROQ query describe the same fields, so a query, a studio schema and a
 * runtime gate cannot drift apart unnoticed. `tsc` fails with the path that disagrees.
 */

type Item<T> = NonNullable<T> extends readonly (infer U)[] ? NonNullable<U> : NonNullable<T>

/** zod's loose objects (Portable Text blocks) accept any field: nothing to compare. */
type IsLoose<T> = string extends keyof T ? true : false

type Names<T> = Extract<T, string>

type LeavesAgree<Z, G> = [Item<G>] extends [Item<Z>]
  ? true
  : [Item<Z>] extends [Item<G>]
    ? true
    : false

type FieldsDisagreement<Z, G, Path extends string> = {
  [K in Names<keyof Z & keyof G>]: Disagreement<Z[K], G[K], `${Path}.${K}`>
}[Names<keyof Z & keyof G>]

/**
 * `never` when both sides have the same fields, recursively, with compatible leaf types;
 * otherwise a sentence naming the first place they differ.
 */
export type Disagreement<Z, G, Path extends string = 'result'> =
  Item<Z> extends object
    ? Item<G> extends object
      ? IsLoose<Item<Z>> extends true
        ? never
        : [Exclude<keyof Item<G>, keyof Item<Z>>] extends [never]
          ? [Exclude<keyof Item<Z>, keyof Item<G>>] extends [never]
            ? FieldsDisagreement<Item<Z>, Item<G>, Path>
            : `${Path}: the schema reads ${Names<Exclude<keyof Item<Z>, keyof Item<G>>>}, which the query does not return`
          : `${Path}: the query returns ${Names<Exclude<keyof Item<G>, keyof Item<Z>>>}, which the schema does not read`
      : `${Path}: the schema expects an object where the query returns a value`
    : LeavesAgree<Z, G> extends true
      ? never
      : `${Path}: the schema and the query disagree on the type of this value`

/** Compiles only when there is no disagreement; the error message names it otherwise. */
export function assertAgreement<T extends never>(): T | void {}
