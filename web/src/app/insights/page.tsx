import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { Suspense } from 'react'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/page-header/PageHeader'
import { listingMetadata } from '@/seo/metadata'
import { InsightsIndex, InsightsList } from './InsightsList'

const INTRO =
  'Analysis and perspective from ChaffCent on security, aviation, infrastructure, resilience and advanced technology: how capability is built, governed and sustained in high-consequence environments.'

export function generateMetadata(): Promise<Metadata> {
  return listingMetadata('insights', INTRO)
}

export default function InsightsPage({ searchParams }: PageProps<'/insights'>) {
  return (
    <>
      <PageHeader eyebrow="Insights" title={SITE_ROUTES.insights.label} intro={INTRO} />
      <Container>
        {/* The filter and page come from the query string, known only per request. The
            prerendered shell shows the first page of everything, which is what /insights
            is, so the plain index streams in without moving. */}
        <Suspense fallback={<InsightsIndex page={1} category={null} />}>
          <InsightsList searchParams={searchParams} />
        </Suspense>
      </Container>
    </>
  )
}
