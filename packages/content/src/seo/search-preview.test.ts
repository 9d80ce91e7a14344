import { describe, expect, it } from 'vitest'
import { documentSeo } from './document-seo'
import { pageMetadata } from './metadata'
import {
  SEARCH_DESCRIPTION_LENGTH,
  SEARCH_TITLE_LENGTH,
  searchResultPreview,
  shareCardPreview,
  truncateForSearch,
} from './search-preview'
import { generatedShareImage } from './share-card'
import { CHAFFCENT_SITE as site } from './site.fixture'

const sector = {
  title: 'Aviation',
  description: 'Training and assurance.',
  path: '/sectors/aviation',
}

describe('truncateForSearch', () => {
  it('leaves text that fits alone, apart from tidying its spaces', () => {
    expect(truncateForSearch('  Aviation   training ', 60)).toBe('Aviation training')
  })

  it('cuts at the last whole word and ends with an ellipsis, within the limit', () => {
    const cut = truncateForSearch('word '.repeat(40), SEARCH_TITLE_LENGTH)
    expect(cut.length).toBeLessThanOrEqual(SEARCH_TITLE_LENGTH)
    expect(cut).toMatch(/ word…$/)
  })

  it('cuts a single long word at the limit', () => {
    expect(truncateForSearch('A'.repeat(200), 10)).toBe(`${'A'.repeat(9)}…`)
  })
})

describe('searchResultPreview', () => {
  it('shows the title the site emits, with its suffix, and the canonical address', () => {
    const preview = searchResultPreview(pageMetadata(site, documentSeo(undefined, sector)))
    expect(preview).toEqual({
      title: `Aviation | ${site.seo?.titleSuffix}`,
      url: 'https://www.chaffcent.com/sectors/aviation',
      description: 'Training and assurance.',
      hidden: false,
    })
  })

  it("uses the editor's overrides, truncated as a search engine would", () => {
    const seo = { title: 'T'.repeat(70), description: 'word '.repeat(50), noIndex: true }
    const preview = searchResultPreview(pageMetadata(site, documentSeo(seo, sector)))
    expect(preview.title).toBe(`${'T'.repeat(SEARCH_TITLE_LENGTH - 1)}…`)
    expect(preview.description.length).toBeLessThanOrEqual(SEARCH_DESCRIPTION_LENGTH)
    expect(preview.hidden).toBe(true)
  })

  it('treats a blank override as no override', () => {
    const seo = { title: '  ', description: '' }
    expect(documentSeo(seo, sector)).toMatchObject({
      title: 'Aviation',
      description: sector.description,
    })
  })
})

describe('shareCardPreview', () => {
  it("shows the Open Graph title, description and the site's default card", () => {
    const withCard = { ...site, seo: { ...site.seo, shareImage: generatedShareImage() } }
    const card = shareCardPreview(pageMetadata(withCard, documentSeo(undefined, sector)))
    expect(card).toEqual({
      title: `Aviation | ${site.seo?.ogTitleSuffix}`,
      description: 'Training and assurance.',
      siteName: site.legalName,
      image: { ...generatedShareImage(), url: 'https://www.chaffcent.com/opengraph-image' },
    })
  })

  it('has no image when neither the page nor the site has one', () => {
    expect(shareCardPreview(pageMetadata(site, documentSeo(undefined, sector)))).not.toHaveProperty(
      'image',
    )
  })
})
