import { SHARE_IMAGE_SIZE } from '@chaffcent/content/seo/share-card'
import { notFound } from 'next/navigation'
import { getArticle } from '@/content/articles'
import { getSiteSettings } from '@/content/settings'
import { shareImage } from '@/seo/share-image'

export const alt = 'An Insights article from ChaffCent Ventures'
export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

/**
 * None at build: each article's card renders when it is first asked for (a share, a crawler)
 * and is then kept, so the build's time and size do not grow with the archive.
 */
export function generateStaticParams(): { slug: string }[] {
  return []
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
