import { pageMetadata } from '@chaffcent/content/seo/metadata'
import { SEARCH_TITLE_LENGTH } from '@chaffcent/content/seo/search-preview'
import { CLIENT_SITE } from '@chaffcent/content/client-record'
import { studioTheme, ThemeProvider } from '@sanity/ui'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { documentPageSeo } from './document-page-seo'
import { SeoPreview } from './SeoPreview'

const sector = {
  _type: 'sector',
  title: 'Aviation',
  slug: { current: 'aviation' },
  summary: 'Training and assurance for operators.',
}

/** The preview as the studio renders it for a document, in the studio's theme. */
function render(doc: Parameters<typeof documentPageSeo>[0]) {
  const page = documentPageSeo(doc, CLIENT_SITE)
  if (!page) throw new Error('the document has no page')
  return renderToStaticMarkup(
    <ThemeProvider theme={studioTheme}>
      <SeoPreview metadata={pageMetadata(CLIENT_SITE, page)} />
    </ThemeProvider>,
  )
}

// The client's record always has its SEO suffixes; the type allows settings without them.
const { titleSuffix, ogTitleSuffix } = CLIENT_SITE.seo ?? {}

describe('the Search and sharing preview', () => {
  it('shows the title, address and description the site emits for the document', () => {
    const html = render(sector)
    expect(html).toContain('https://www.chaffcent.com/sectors/aviation')
    expect(html).toContain(`Aviation | ${titleSuffix}`)
    expect(html).toContain(`Aviation | ${ogTitleSuffix}`)
    expect(html).toContain('Training and assurance for operators.')
  })

  it("shortens an editor's long title in the search result as a search engine would", () => {
    const long = 'An unusually long search-engine title that runs past sixty characters'
    const shortened = 'An unusually long search-engine title that runs past sixty…'
    const html = render({ ...sector, seo: { title: long } })
    expect(shortened.length).toBeLessThanOrEqual(SEARCH_TITLE_LENGTH)
    expect(html).toContain(`<span>${shortened}</span>`)
    expect(html).not.toContain(`${long} | ${titleSuffix}`)
  })

  it("shows an article's own generated share card", () => {
    const article = {
      _type: 'article',
      title: 'Grid resilience',
      slug: { current: 'grid' },
      excerpt: 'An excerpt.',
    }
    expect(render(article)).toContain(
      'src="https://www.chaffcent.com/insights/grid/opengraph-image"',
    )
  })

  it('shows the sharing image the site shares: its own, else an article’s cover', () => {
    const images = { projectId: 'p1', dataset: 'production', baseUrl: 'https://cdn.sanity.io' }
    const image = (sha: string) => ({ asset: { _ref: `image-${sha}-1600x900-jpg` }, alt: 'Grid' })
    const article = {
      _type: 'article',
      title: 'Grid resilience',
      slug: { current: 'grid' },
      excerpt: 'An excerpt.',
      coverImage: image('cover1'),
    }
    const cdn = 'https://cdn.sanity.io/images/p1/production'
    const shown = (doc: Parameters<typeof documentPageSeo>[0]) =>
      documentPageSeo(doc, CLIENT_SITE, images)?.image?.url
    expect(shown(article)).toMatch(`${cdn}/cover1-1600x900.jpg?rect=`)
    expect(shown({ ...article, seo: { shareImage: image('share1') } })).toMatch(
      `${cdn}/share1-1600x900.jpg?rect=`,
    )
    expect(shown({ ...sector, coverImage: image('cover1') })).toBeUndefined()
  })

  it('says when the page is hidden from search engines', () => {
    expect(render({ ...sector, seo: { noIndex: true } })).toContain('Hidden from search engines')
  })

  it('has no preview until the document has a slug', () => {
    expect(documentPageSeo({ ...sector, slug: undefined }, CLIENT_SITE)).toBeNull()
  })
})
