import { hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { RichText } from '@/components/rich-text/RichText'
import { SectorInsights } from '@/components/sector-insights/SectorInsights'
import { getSector, getSectors, moreInsightsLink } from '@/content/sectors'
import { getSiteSettings } from '@/content/settings'
import { documentSeo, metadataFor } from '@/seo/metadata'
import { CallToAction } from '@/site/CallToAction'
import { articleCardProps, ventureCardItem } from '@/site/cards'

export async function generateStaticParams() {
  const sectors = await getSectors()
  return sectors.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({
  params,
}: PageProps<'/sectors/[slug]'>): Promise<Metadata> {
  const sector = await getSector((await params).slug)
  if (!sector) return {}
  return metadataFor(
    documentSeo(sector.seo, {
      title: sector.title,
      description: sector.summary,
      path: hrefFor(sector) ?? SITE_ROUTES.sectors.path,
    }),
  )
}

export default async function SectorPage({ params }: PageProps<'/sectors/[slug]'>) {
  const [sector, settings] = await Promise.all([getSector((await params).slug), getSiteSettings()])
  if (!sector) notFound()
  return (
    <>
      <PageHeader eyebrow={SITE_ROUTES.sectors.label} title={sector.title} intro={sector.summary} />
      <Section>
        <Container narrow>
          <RichText value={sector.body} />
        </Container>
      </Section>
      {sector.ventures.length > 0 && (
        <Section tone="mid" labelledBy="sector-ventures-heading">
          <Container>
            <h2 id="sector-ventures-heading">Related ventures and platforms</h2>
            <CardGrid items={sector.ventures.map(ventureCardItem)} />
          </Container>
        </Section>
      )}
      <SectorInsights
        sectorTitle={sector.title}
        articles={sector.insights.map(articleCardProps)}
        more={moreInsightsLink(sector.insights)}
      />
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
