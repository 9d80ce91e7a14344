/**
 * Deliberate disagreements between a schema's input (first) and a query's result (second):
 * each line must fail `tsc`, so `@ts-expect-error` fails the typecheck as soon as the check
 * stops catching one. The agreements at the end must compile.
 */
import type { z } from 'zod'
import { assertAgreement, type Disagreement } from './agreement'

/** As zod would read `{ title: z.string() }` and `{ title: z.string().nullish() }`. */
type RequiresTitle = z.input<z.ZodObject<{ title: z.ZodString }>>
type AcceptsNoTitle = z.input<z.ZodObject<{ title: z.ZodOptional<z.ZodNullable<z.ZodString>> }>>

// Fields
// @ts-expect-error a field the query returns is missing from the schema
assertAgreement<Disagreement<{ a: string }, { a: string; b: string }>>()
// @ts-expect-error the schema reads a field the query does not return
assertAgreement<Disagreement<{ a: string; b: string }, { a: string }>>()
// @ts-expect-error a nested field is missing from the schema
assertAgreement<Disagreement<{ a: { b: string } }, { a: { b: string; c: string } }>>()

// Leaves
// @ts-expect-error a number where the query returns a string
assertAgreement<Disagreement<{ a: { b: number } }, { a: { b: string | null } }>>()
// @ts-expect-error an object where the query returns a value
assertAgreement<Disagreement<{ a: { b: string } }, { a: string }>>()
// @ts-expect-error a value where the query returns an object
assertAgreement<Disagreement<{ a: string }, { a: { b: string } }>>()

// Lists
// @ts-expect-error one value where the query returns a list
assertAgreement<Disagreement<{ tags: string }, { tags: string[] }>>()
// @ts-expect-error a list where the query returns one value
assertAgreement<Disagreement<{ category: { title: string }[] }, { category: { title: string } }>>()
// @ts-expect-error a whole result: one document where the query returns a list
assertAgreement<Disagreement<{ _id: string }, { _id: string }[]>>()
// @ts-expect-error a field of the items of a list disagrees
assertAgreement<Disagreement<{ links: { href: number }[] }, { links: { href: string }[] }>>()
// @ts-expect-error a list of lists read as a list of values
assertAgreement<Disagreement<{ rows: string[] }, { rows: string[][] }>>()

// Null
// @ts-expect-error the query can return null where the schema rejects it
assertAgreement<Disagreement<{ a: string }, { a: string | null }>>()
// @ts-expect-error a nested optional field the schema requires
assertAgreement<Disagreement<{ a: { b: string } }, { a: { b: string | null } }>>()
// @ts-expect-error a list the query can leave out, read as always there
assertAgreement<Disagreement<{ a: string[] }, { a: string[] | null }>>()
// @ts-expect-error a zod schema that requires what the query may leave empty
assertAgreement<Disagreement<RequiresTitle, { title: string | null }>>()

// Agreements: a schema may accept null the query never returns, and a field always null
// (typegen's answer for a projection with nothing behind it) matches any optional leaf.
assertAgreement<Disagreement<AcceptsNoTitle, { title: string | null }>>()
assertAgreement<Disagreement<{ a: string[] | null }, { a: string[] }>>()
assertAgreement<Disagreement<{ a: { b: string | null }[] }, { a: { b: null }[] }>>()
