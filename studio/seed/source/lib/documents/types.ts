// This folder: each document type written the way an author thinks of it (slugs, not
// references; rich text in the source form), and the function that gives it Sanity's stored
// shape, fields in the order of `CONTENT_MODEL.md`.
import type { StoredDocument } from '@chaffcent/content/dataset'

/** A document as it is stored: the seed writes these one a line. */
export type SeedDocument = StoredDocument
