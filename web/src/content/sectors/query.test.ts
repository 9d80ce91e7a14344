import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readNdjson, type StoredDocument, writeNdjson } from '@chaffcent/content/dataset'
import { describe, expect, it } from 'vitest'
import { embeddedDatasetPath } from '../config'
import { queryOver } from '../testing/dataset'
import { SECTOR_QUERY } from './query'
import { sectorSchema } from './schema'

const NOW = new Date()
const seed = readNdjson(embeddedDatasetPath())
const ofType = (docs: StoredDocument[], type: string) => docs.filter((doc) => doc._type === type)
const slugOf = (doc: StoredDocument) => (doc.slug as { current: string }).current
const names = (doc: StoredDocument, sectorId: string) =>
  ((doc.sectors as { _ref: string }[] | undefined) ?? []).some(({ _ref }) => _ref === sectorId)

async function sectorPage(docs: StoredDocument[], slug: string) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sector-')), 'dataset.ndjson')
  writeNdjson(file, docs)
  return sectorSchema.parse(await queryOver(file, NOW)(SECTOR_QUERY, { slug }))
}

/** The newest three listed articles naming the sector, worked out from the file, not by GROQ. */
function newestThree(docs: StoredDocument[], sectorId: string) {
  return ofType(docs, 'article')
    .filter((doc) => names(doc, sectorId) && Date.parse(String(doc.publishedAt)) <= +NOW)
    .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
    .slice(0, 3)
    .map(({ _id }) => _id)
}

describe('a sector’s page over the seed', () => {
  it('lists the ventures that name the sector, by name, read from the ventures’ side', async () => {
    for (const sector of ofType(seed, 'sector')) {
      const page = await sectorPage(seed, slugOf(sector))
      const naming = ofType(seed, 'venture').filter((venture) => names(venture, sector._id))
      const byName = naming.map((venture) => String(venture.name)).sort()
      expect(
        page.ventures.map(({ name }) => name),
        sector._id,
      ).toEqual(byName)
    }
    const aviation = await sectorPage(seed, 'aviation')
    expect(aviation.ventures.map(({ slug }) => slug)).toEqual([
      'aviation-training-assurance',
      'layered-counter-uav-integration',
    ])
  })

  it('shows the newest three insights that name the sector, newest first', async () => {
    for (const sector of ofType(seed, 'sector')) {
      const page = await sectorPage(seed, slugOf(sector))
      expect(
        page.insights.map(({ _id }) => _id),
        sector._id,
      ).toEqual(newestThree(seed, sector._id))
    }
    const aviation = await sectorPage(seed, 'aviation')
    expect(aviation.insights.map(({ slug }) => slug)).toEqual([
      'drones-near-aerodromes-shared-responsibility',
      'aerodrome-safeguarding-obstacle-management',
      'aviation-training-capability-not-compliance',
    ])
  })
})

describe('a sector’s insights', () => {
  const article = ofType(seed, 'article').find((doc) => names(doc, 'sector-aviation'))!
  const aviation = { _type: 'reference', _ref: 'sector-aviation', _key: 'aviation' }
  const copy = (n: number, publishedAt: string, extra: Partial<StoredDocument> = {}) => ({
    ...article,
    _id: `article-copy-${n}`,
    slug: { _type: 'slug', current: `copy-${n}` },
    publishedAt,
    sectors: [aviation],
    ...extra,
  })
  const daysFromNow = (days: number) => new Date(+NOW + days * 86_400_000).toISOString()

  it('leave out a scheduled article until its time, as the Insights list does', async () => {
    const scheduled = copy(1, daysFromNow(1))
    const page = await sectorPage([...seed, scheduled], 'aviation')
    expect(page.insights.map(({ _id }) => _id)).not.toContain(scheduled._id)
    expect(page.insights).toHaveLength(3)
  })

  it('are the newest three, a new one pushing the oldest off', async () => {
    const newest = copy(2, daysFromNow(-1))
    const page = await sectorPage([...seed, newest], 'aviation')
    expect(page.insights.map(({ _id }) => _id)).toEqual([
      newest._id,
      ...newestThree(seed, 'sector-aviation').slice(0, 2),
    ])
  })

  it('leave out an article that only links to the sector in its text', async () => {
    const link = {
      _key: 'l',
      _type: 'internalLink',
      reference: { _type: 'reference', _ref: 'sector-aviation' },
    }
    const block = { _key: 'b', _type: 'block', markDefs: [link], children: [] }
    const linking = copy(3, daysFromNow(-1), { sectors: [], body: [block] })
    const page = await sectorPage([...seed, linking], 'aviation')
    expect(page.insights.map(({ _id }) => _id)).toEqual(newestThree(seed, 'sector-aviation'))
  })

  it('are empty, with no ventures either, for a sector nothing names', async () => {
    const unnamed = seed.map((doc) => (doc._type === 'sector' ? doc : { ...doc, sectors: [] }))
    const page = await sectorPage(unnamed, 'aviation')
    expect(page.insights).toEqual([])
    expect(page.ventures).toEqual([])
  })
})
