import { SITE_ROUTES, type SiteRoute } from '@chaffcent/content/routes'
import type { ComponentProps } from 'react'
import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { getSiteSettings } from '@/content/settings'
import { CallToAction } from './CallToAction'

interface ListingPageProps {
  route: SiteRoute
  eyebrow: string
  intro: string
  items: ComponentProps<typeof CardGrid>['items']
}

/** A fixed route that lists one kind of document as cards, then the site's call to action. */
export async function ListingPage({ route, eyebrow, intro, items }: ListingPageProps) {
  const settings = await getSiteSettings()
  return (
    <>
      <PageHeader eyebrow={eyebrow} title={SITE_ROUTES[route].label} intro={intro} />
      <Section>
        <Container>
          <CardGrid headingLevel={2} items={items} />
        </Container>
      </Section>
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
