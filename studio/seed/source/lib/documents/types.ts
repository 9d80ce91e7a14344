/** A document as it is stored: the seed writes these one a line. */
export type SeedDocument = { _id: string; _type: string; [field: string]: unknown }
