import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { getSectors } from '@/content/sectors'
import { getSiteSettings } from '@/content/settings'
import { metadataFor } from '@/seo/metadata'
import { CallToAction } from '@/site/CallToAction'
import { sectorCardItem } from '@/site/cards'

const INTRO =
  'ChaffCent works where operational risk, regulation and technology meet. These are the sectors in which we advise, build capability and support delivery.'

export async function generateMetadata(): Promise<Metadata> {
  return metadataFor({
    title: SITE_ROUTES.sectors.label,
    description: INTRO,
    path: SITE_ROUTES.sectors.path,
    kind: 'website',
  })
}

export default async function SectorsPage() {
  const [sectors, settings] = await Promise.all([getSectors(), getSiteSettings()])
  return (
    <>
      <PageHeader eyebrow="Sectors" title={SITE_ROUTES.sectors.label} intro={INTRO} />
      <Section>
        <Container>
          <CardGrid headingLevel={2} items={sectors.map(sectorCardItem)} />
        </Container>
      </Section>
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
