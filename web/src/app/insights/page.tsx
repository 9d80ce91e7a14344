import { SITE_ROUTES } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { Suspense } from 'react'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/page-header/PageHeader'
import { metadataFor } from '@/seo/metadata'
import { InsightsList } from './InsightsList'

const INTRO =
  'Analysis and perspective from ChaffCent on security, aviation, infrastructure, resilience and advanced technology: how capability is built, governed and sustained in high-consequence environments.'

export async function generateMetadata(): Promise<Metadata> {
  return metadataFor({
    title: SITE_ROUTES.insights.label,
    description: INTRO,
    path: SITE_ROUTES.insights.path,
    kind: 'website',
  })
}

export default function InsightsPage({ searchParams }: PageProps<'/insights'>) {
  return (
    <>
      <PageHeader eyebrow="Insights" title={SITE_ROUTES.insights.label} intro={INTRO} />
      <Container>
        {/* The filter and page come from the query string, known only per request. */}
        <Suspense fallback={<p role="status">Loading articles…</p>}>
          <InsightsList searchParams={searchParams} />
        </Suspense>
      </Container>
    </>
  )
}
