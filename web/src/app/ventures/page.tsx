import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { getSiteSettings } from '@/content/settings'
import { getVentures } from '@/content/ventures'
import { metadataFor } from '@/seo/metadata'
import { CallToAction } from '@/site/CallToAction'
import { ventureCardItem } from '@/site/cards'

const INTRO =
  'Alongside its advisory work, ChaffCent develops and supports ventures and platforms that turn specialist knowledge into durable capability.'

export async function generateMetadata(): Promise<Metadata> {
  return metadataFor({
    title: SITE_ROUTES.ventures.label,
    description: INTRO,
    path: SITE_ROUTES.ventures.path,
    kind: 'website',
  })
}

export default async function VenturesPage() {
  const [ventures, settings] = await Promise.all([getVentures(), getSiteSettings()])
  return (
    <>
      <PageHeader eyebrow="Ventures" title={SITE_ROUTES.ventures.label} intro={INTRO} />
      <Section>
        <Container>
          <CardGrid headingLevel={2} items={ventures.map(ventureCardItem)} />
        </Container>
      </Section>
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
