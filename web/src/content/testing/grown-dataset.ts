import { TYPE } from '@chaffcent/content/content-types'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readNdjson, type StoredDocument as Doc, writeNdjson } from '@chaffcent/content/dataset'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `base` (an NDJSON dataset: the studio's largest, say) grown to `articles` articles by
 * copying its own articles under distinct ids, slugs and dates, each a day older than the
 * last, as a long-running archive would be. One category is copied seldom, so its articles
 * grow sparse further back (as an occasional series does). A few copies also get a draft,
 * and one a draft with no published version, so both perspectives have something to lay over.
 */
export function growDataset(base: string, articles: number): Doc[] {
  const documents = readNdjson(base)
  const originals = documents.filter((doc) => doc._type === TYPE.article)
  const sparseCategory = (originals[0]?.category as { _ref?: string } | undefined)?._ref
  const oldest = Math.min(...originals.map((doc) => Date.parse(String(doc.publishedAt))))
  const copies: Doc[] = []
  for (let n = 0; originals.length + copies.length < articles; n++) {
    const original = originals[n % originals.length]!
    const inSparseCategory =
      (original.category as { _ref?: string } | undefined)?._ref === sparseCategory
    if (inSparseCategory && n % 50 !== 0) continue
    const slug = (original.slug as { current: string }).current
    const date = new Date(oldest - (n + 1) * DAY_MS).toISOString()
    const archiveSlug = { _type: 'slug', current: `${slug}-archive-${n}` }
    const copy: Doc = {
      ...original,
      _id: `${original._id}-archive-${n}`,
      slug: archiveSlug,
      publishedAt: date,
      _updatedAt: date,
    }
    copies.push(copy)
    if (n % 997 === 0)
      copies.push(
        { ...copy, _id: `drafts.${copy._id}`, title: `${String(copy.title)} (draft)` },
        {
          ...copy,
          _id: `drafts.${copy._id}-unpublished`,
          slug: { ...archiveSlug, current: `${archiveSlug.current}-unpublished` },
        },
      )
  }
  return [...documents, ...copies]
}

/** `growDataset` written to a temporary NDJSON file, whose path it returns. */
export function writeGrownDataset(base: string, articles: number): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'grown-')), 'production.ndjson')
  writeNdjson(file, growDataset(base, articles))
  return file
}
