import { hrefFor } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/page-header/PageHeader'
import { getPage, getPageSlugs } from '@/content/pages'
import { documentSeo, metadataFor } from '@/seo/metadata'
import { EnquirySection } from './EnquirySection'
import { FaqJsonLd } from './FaqSection'
import { PageSections } from './PageSections'

/**
 * Every published page at the top level: the four the site was built with and those editors
 * added. An address no page has is answered by the proxy with the prerendered 404 (the
 * unknown-address check asks the published page slugs), before this route is reached.
 */
export async function generateStaticParams() {
  const slugs = await getPageSlugs()
  return slugs.map((page) => ({ page }))
}

export async function generateMetadata({ params }: PageProps<'/[page]'>): Promise<Metadata> {
  const page = await getPage((await params).page)
  if (!page) return {}
  return metadataFor(
    documentSeo(page.seo, {
      title: page.title,
      description: page.intro ?? page.title,
      path: hrefFor(page) ?? '/',
    }),
  )
}

export default async function EditablePage({ params }: PageProps<'/[page]'>) {
  const page = await getPage((await params).page)
  if (!page) notFound()
  const path = hrefFor(page) ?? '/'
  return (
    <>
      <PageHeader title={page.title} intro={page.intro} />
      <FaqJsonLd page={page} path={path} />
      <PageSections sections={page.sections} path={path} />
      {/* The Contact page always offers the form, even before an editor places it. */}
      {page.slug === 'contact' && !page.sections.some(({ _type }) => _type === 'enquiryForm') && (
        <EnquirySection tone={page.sections.length % 2 === 1 ? 'mid' : 'default'} path={path} />
      )}
    </>
  )
}
