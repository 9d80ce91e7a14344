/**
 * Type-level checks that each zod schema and the query type `sanity typegen` generated
 * for the same GROQ query describe the same fields, so a query, a studio schema and a
 * runtime gate cannot drift apart unnoticed. `tsc` fails with the path that disagrees.
 * Compared at every depth: the fields of objects, list or single value, whether null can
 * arrive, and the type of each leaf.
 */

type Value<T> = Exclude<T, null | undefined>
type IsList<T> = [Value<T>] extends [never]
  ? false
  : Value<T> extends readonly unknown[]
    ? true
    : false
type Element<T> = Value<T> extends readonly (infer U)[] ? U : never
type CanBeNull<T> = null extends T ? true : undefined extends T ? true : false

/** zod's loose objects (Portable Text blocks) accept any field: nothing to compare. */
type IsLoose<T> = string extends keyof T ? true : false

type Names<T> = Extract<T, string>

type LeavesAgree<Z, G> = [Value<G>] extends [Value<Z>]
  ? true
  : [Value<Z>] extends [Value<G>]
    ? true
    : false

type FieldsDisagreement<Z, G, Path extends string> = {
  [K in Names<keyof Z & keyof G>]: Disagreement<Z[K], G[K], `${Path}.${K}`>
}[Names<keyof Z & keyof G>]

type ObjectDisagreement<Z, G, Path extends string> =
  IsLoose<Z> extends true
    ? never
    : [Exclude<keyof G, keyof Z>] extends [never]
      ? [Exclude<keyof Z, keyof G>] extends [never]
        ? FieldsDisagreement<Z, G, Path>
        : `${Path}: the schema reads ${Names<Exclude<keyof Z, keyof G>>}, which the query does not return`
      : `${Path}: the query returns ${Names<Exclude<keyof G, keyof Z>>}, which the schema does not read`

/** `never` for a field that is always null: nothing but null to compare. */
type IsObject<T> = [Value<T>] extends [never] ? false : [Value<T>] extends [object] ? true : false

type ValueDisagreement<Z, G, Path extends string> =
  IsObject<Z> extends true
    ? IsObject<G> extends true
      ? ObjectDisagreement<Value<Z>, Value<G>, Path>
      : [Value<G>] extends [never]
        ? never
        : `${Path}: the schema expects an object where the query returns a value`
    : IsObject<G> extends true
      ? `${Path}: the schema expects a value where the query returns an object`
      : LeavesAgree<Z, G> extends true
        ? never
        : `${Path}: the schema and the query disagree on the type of this value`

/**
 * `never` when both sides agree, recursively; otherwise a sentence naming the first place
 * they differ. The schema may be stricter about null than the query (that is the gate's
 * job) but must accept null wherever the query can return it, or an editor leaving the
 * field empty would hide the document.
 */
export type Disagreement<Z, G, Path extends string = 'result'> =
  IsList<Z> extends IsList<G>
    ? CanBeNull<G> extends true
      ? CanBeNull<Z> extends true
        ? Matched<Z, G, Path>
        : `${Path}: the query can return null here, which the schema rejects`
      : Matched<Z, G, Path>
    : IsList<Z> extends true
      ? `${Path}: the schema expects a list where the query returns one value`
      : `${Path}: the schema expects one value where the query returns a list`

type Matched<Z, G, Path extends string> =
  IsList<Z> extends true
    ? Disagreement<Element<Z>, Element<G>, `${Path}[]`>
    : ValueDisagreement<Z, G, Path>

/** Compiles only when there is no disagreement; the error message names it otherwise. */
export function assertAgreement<T extends never>(): T | void {}
