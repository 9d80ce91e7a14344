import { hrefFor, PAGE_SLUGS } from '@chaffcent/content/routes'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/page-header/PageHeader'
import { getPage } from '@/content/pages'
import { documentSeo, metadataFor } from '@/seo/metadata'
import { EnquirySection } from './EnquirySection'
import { PageSections } from './PageSections'

/** Who We Are, What We Do, Partnerships and Contact: editable pages at the top level. */
export function generateStaticParams() {
  return PAGE_SLUGS.map((page) => ({ page }))
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
      <PageSections sections={page.sections} path={path} />
      {/* The Contact page always offers the form, even before an editor places it. */}
      {page.slug === 'contact' && !page.sections.some(({ _type }) => _type === 'enquiryForm') && (
        <EnquirySection tone={page.sections.length % 2 === 1 ? 'mid' : 'default'} path={path} />
      )}
    </>
  )
}
