import type { StoredDocument } from '@chaffcent/content/dataset'

/** A document as it is stored: the seed writes these one a line. */
export type SeedDocument = StoredDocument
