import type { ListingRoute } from '@chaffcent/content/content-types'
import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { ComponentProps } from 'react'
import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { getListingPage } from '@/content/listing'
import { getSiteSettings } from '@/content/settings'
import { CallToAction } from './CallToAction'

interface ListingPageProps {
  route: ListingRoute
  items: ComponentProps<typeof CardGrid>['items']
}

/**
 * A fixed route that lists one kind of document as cards, under the editors' copy for it
 * (a `listingPage` document), then the site's call to action.
 */
export async function ListingPage({ route, items }: ListingPageProps) {
  const [settings, copy] = await Promise.all([getSiteSettings(), getListingPage(route)])
  return (
    <>
      <PageHeader eyebrow={copy?.eyebrow} title={SITE_ROUTES[route].label} intro={copy?.intro} />
      <Section>
        <Container>
          <CardGrid headingLevel={2} items={items} />
        </Container>
      </Section>
      <CallToAction cta={settings.defaultCallToAction} />
    </>
  )
}
