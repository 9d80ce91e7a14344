import { SHARE_IMAGE_SIZE } from '@chaffcent/content/seo/share-card'
import { notFound } from 'next/navigation'
import { getArticle, getArticleSlugs } from '@/content/articles'
import { getSiteSettings } from '@/content/settings'
import { shareImage } from '@/seo/share-image'

export const alt = 'An Insights article from ChaffCent Ventures'
export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

export async function generateStaticParams() {
  const slugs = await getArticleSlugs()
  return slugs.map((slug) => ({ slug }))
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const [article, settings] = await Promise.all([
    getArticle((await params).slug),
    getSiteSettings(),
  ])
  if (!article) notFound()
  return shareImage({
    eyebrow: article.category.title,
    title: article.title,
    footer: settings.legalName,
  })
}
