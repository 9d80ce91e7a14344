import { hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import { articleJsonLd, breadcrumbJsonLd } from '@chaffcent/content/seo/json-ld'
import { generatedShareImage } from '@chaffcent/content/seo/share-card'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleHeader } from '@/components/article/ArticleHeader'
import { BackLink } from '@/components/article/BackLink'
import { RelatedArticles } from '@/components/article/RelatedArticles'
import { JsonLd } from '@/components/json-ld/JsonLd'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { readTimeMinutes } from '@/components/rich-text/read-time'
import { RichText } from '@/components/rich-text/RichText'
import { furtherReading, getArticle, type Article } from '@/content/articles'
import { getSiteSettings } from '@/content/settings'
import { documentSeo, metadataFor, siteIdentity } from '@/seo/metadata'
import { CallToAction } from '@/site/CallToAction'
import { articleCardProps } from '@/site/cards'
import { prerenderedArticles } from './prerendered'

/** The articles visitors reach first (./prerendered.ts); the rest render on their first visit. */
export const generateStaticParams = prerenderedArticles

/** The byline: the article's authors, else the company. */
function authorsOf(article: Article, company: string) {
  return article.authors.length > 0 ? article.authors : [{ name: company }]
}

function articleSeo(article: Article) {
  const path = hrefFor(article) ?? SITE_ROUTES.insights.path
  const defaults = { title: article.title, description: article.excerpt, path }
  const seo = documentSeo(article.seo, defaults, article.coverImage)
  return {
    ...seo,
    kind: 'article' as const,
    // Else its own generated card (./opengraph-image.tsx), named so it wins over the site's default.
    image: seo.image ?? generatedShareImage(path, article.title),
    publishedAt: article.publishedAt,
    modifiedAt: article._updatedAt ?? undefined,
    authors: article.authors.map(({ name, role, linkedIn, href }) => ({
      name,
      jobTitle: role,
      linkedIn,
      path: href,
    })),
  }
}

export async function generateMetadata({
  params,
}: PageProps<'/insights/[slug]'>): Promise<Metadata> {
  const article = await getArticle((await params).slug)
  if (!article) return {}
  return metadataFor(articleSeo(article))
}

export default async function ArticlePage({ params }: PageProps<'/insights/[slug]'>) {
  const [article, settings] = await Promise.all([
    getArticle((await params).slug),
    getSiteSettings(),
  ])
  if (!article) notFound()
  const seo = articleSeo(article)
  return (
    <>
      <JsonLd
        data={articleJsonLd(siteIdentity(settings), { ...seo, section: article.category.title })}
      />
      <JsonLd
        data={breadcrumbJsonLd(siteIdentity(settings), [
          { name: SITE_ROUTES.home.label, path: SITE_ROUTES.home.path },
          { name: SITE_ROUTES.insights.label, path: SITE_ROUTES.insights.path },
          { name: article.title, path: seo.path },
        ])}
      />
      <ArticleHeader
        category={article.category.title}
        categoryHref={hrefFor(article.category) ?? undefined}
        readTimeMinutes={article.readTimeMinutes ?? readTimeMinutes(article.body)}
        title={article.title}
        excerpt={article.excerpt}
        authors={authorsOf(article, settings.shortName)}
        publishedAt={article.publishedAt}
        image={article.coverImage}
      />
      <Section>
        <Container narrow>
          <article aria-label="Article content">
            <RichText value={article.body} siteUrl={settings.siteUrl} />
          </article>
          <BackLink />
        </Container>
      </Section>
      <RelatedArticles articles={furtherReading(article).map(articleCardProps)} />
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
