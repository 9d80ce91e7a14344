import { hrefFor, LEGAL_SLUGS } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { formatDate } from '@chaffcent/content/date'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { PageHeader } from '@/components/page-header/PageHeader'
import { RichText } from '@/components/rich-text/RichText'
import { getLegalDocument } from '@/content/legal'
import { getSiteSettings } from '@/content/settings'
import { documentSeo, metadataFor } from '@/seo/metadata'
import styles from './legal.module.css'

export function generateStaticParams() {
  return LEGAL_SLUGS.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: PageProps<'/legal/[slug]'>): Promise<Metadata> {
  const doc = await getLegalDocument((await params).slug)
  if (!doc) return {}
  return metadataFor(
    documentSeo(doc.seo, {
      title: doc.title,
      description: doc.summary ?? doc.title,
      path: hrefFor(doc) ?? '/',
    }),
  )
}

export default async function LegalPage({ params }: PageProps<'/legal/[slug]'>) {
  const [doc, settings] = await Promise.all([
    getLegalDocument((await params).slug),
    getSiteSettings(),
  ])
  if (!doc) notFound()
  return (
    <>
      <PageHeader eyebrow="Legal" title={doc.title} intro={doc.summary}>
        <p className={styles.dates}>
          Effective <time dateTime={doc.effectiveDate}>{formatDate(doc.effectiveDate)}</time>
          {doc.lastReviewedDate && (
            <>
              {' · '}Last reviewed{' '}
              <time dateTime={doc.lastReviewedDate}>{formatDate(doc.lastReviewedDate)}</time>
            </>
          )}
        </p>
      </PageHeader>
      <Section>
        <Container narrow>
          <RichText value={doc.body} siteUrl={settings.siteUrl} />
        </Container>
      </Section>
    </>
  )
}
