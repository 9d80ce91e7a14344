import { ventureStatusTitle } from '@chaffcent/content/venture-status'
import { hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { RichText } from '@/components/rich-text/RichText'
import { getSiteSettings } from '@/content/settings'
import { getVenture, getVentures } from '@/content/ventures'
import { SanityImage } from '@/images/SanityImage'
import { documentSeo, metadataFor } from '@/seo/metadata'
import { CallToAction } from '@/site/CallToAction'
import { sectorCardItem } from '@/site/cards'
import styles from './venture.module.css'

export async function generateStaticParams() {
  const ventures = await getVentures()
  return ventures.map(({ slug }) => ({ slug }))
}

export async function generateMetadata({
  params,
}: PageProps<'/ventures/[slug]'>): Promise<Metadata> {
  const venture = await getVenture((await params).slug)
  if (!venture) return {}
  return metadataFor(
    documentSeo(venture.seo, {
      title: venture.name,
      description: venture.summary,
      path: hrefFor(venture) ?? SITE_ROUTES.ventures.path,
    }),
  )
}

export default async function VenturePage({ params }: PageProps<'/ventures/[slug]'>) {
  const [venture, settings] = await Promise.all([
    getVenture((await params).slug),
    getSiteSettings(),
  ])
  if (!venture) notFound()
  return (
    <>
      <PageHeader eyebrow={SITE_ROUTES.ventures.label} title={venture.name} intro={venture.summary}>
        {venture.logo ? (
          <SanityImage
            image={venture.logo}
            variant="ventureLogo"
            sizes="10rem"
            placeholder={false}
            priority
            className={styles.logo}
          />
        ) : null}
        <dl className={styles.facts}>
          <div>
            <dt>Status</dt>
            <dd>{ventureStatusTitle(venture.status)}</dd>
          </div>
          {venture.websiteUrl && (
            <div>
              <dt>Website</dt>
              <dd>
                <a href={venture.websiteUrl} rel="noopener noreferrer">
                  {new URL(venture.websiteUrl).host}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </PageHeader>
      <Section>
        <Container narrow>
          <RichText value={venture.body} />
        </Container>
      </Section>
      {venture.sectors.length > 0 && (
        <Section tone="mid" labelledBy="venture-sectors-heading">
          <Container>
            <h2 id="venture-sectors-heading">Sectors</h2>
            <CardGrid items={venture.sectors.map(sectorCardItem)} />
          </Container>
        </Section>
      )}
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
