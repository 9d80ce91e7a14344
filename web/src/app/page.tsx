import { SITE_ROUTES } from '@chaffcent/content/routes'
import { sharingImage } from '@chaffcent/content/seo/share-card'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleGrid } from '@/components/cards/ArticleGrid'
import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { imageHost } from '@/content/config'
import { getHome, homeInsights } from '@/content/home'
import { getSiteSettings } from '@/content/settings'
import { metadataFor } from '@/seo/metadata'
import { CallToAction } from '@/site/CallToAction'
import { articleCardProps, sectorCardItem, ventureCardItem } from '@/site/cards'
import { ActionLinks } from '@/site/ActionLinks'

export async function generateMetadata(): Promise<Metadata> {
  const [home, settings] = await Promise.all([getHome(), getSiteSettings()])
  const image = sharingImage([home?.seo.shareImage], settings.legalName, imageHost())
  return metadataFor({
    ...(image && { image }),
    title: home?.seo.title ?? settings.legalName,
    description: home?.seo.description ?? settings.description,
    path: SITE_ROUTES.home.path,
    kind: 'website',
    standaloneTitle: !home?.seo.title,
    noIndex: home?.seo.noIndex,
  })
}

export default async function HomePage() {
  const [home, settings] = await Promise.all([getHome(), getSiteSettings()])
  if (!home) notFound()
  const { hero } = home
  const insights = homeInsights(home)
  return (
    <>
      <PageHeader eyebrow={hero.eyebrow} title={hero.heading} intro={hero.text}>
        <ActionLinks primary={hero.primaryAction} secondary={hero.secondaryAction} />
      </PageHeader>
      {home.featuredSectors.length > 0 && (
        <Section labelledBy="sectors-heading">
          <Container>
            <h2 id="sectors-heading">{SITE_ROUTES.sectors.label}</h2>
            <CardGrid items={home.featuredSectors.map(sectorCardItem)} />
          </Container>
        </Section>
      )}
      {home.featuredVentures.length > 0 && (
        <Section tone="mid" labelledBy="ventures-heading">
          <Container>
            <h2 id="ventures-heading">{SITE_ROUTES.ventures.label}</h2>
            <CardGrid items={home.featuredVentures.map(ventureCardItem)} />
          </Container>
        </Section>
      )}
      {insights.articles.length > 0 && (
        <Section labelledBy="insights-heading">
          <Container>
            <h2 id="insights-heading">{insights.heading}</h2>
            <ArticleGrid articles={insights.articles.map(articleCardProps)} />
          </Container>
        </Section>
      )}
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
