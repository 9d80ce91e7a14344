import Link from 'next/link'
import { formatDate, isoDate } from '@chaffcent/content/date'
import { SanityImage } from '@/images/SanityImage'
import type { SiteImage } from '@/images/schema'
import styles from './Card.module.css'

/** Cards are at most a third of the widest container, the full width on a phone. */
const CARD_IMAGE = {
  variant: 'articleCard',
  sizes: '(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw',
} as const

export interface ArticleCardProps {
  href: string
  title: string
  category?: string
  excerpt: string
  /** `YYYY-MM-DD`; shown under the excerpt when given. */
  publishedAt?: string
  /** The article's cover image, above the text. */
  image?: SiteImage
  /** 3 under a section's `<h2>` (the default); 2 when the cards sit directly under the `<h1>`. */
  headingLevel?: 2 | 3
}

/**
 * An Insights article as a card. The whole card is clickable, but the link itself is the
 * title: its name is exactly the visible title (WCAG 2.5.3, label in name), and the rest
 * of the card is read as ordinary text rather than crammed into one long link name.
 */
export function ArticleCard({
  href,
  title,
  category,
  excerpt,
  publishedAt,
  image,
  headingLevel = 3,
}: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className={`${styles.card} ${styles.linked}`}>
      {image ? <SanityImage image={image} className={styles.cover} {...CARD_IMAGE} /> : null}
      {category ? <p className={styles.meta}>{category}</p> : null}
      <Heading className={styles.title}>
        <Link href={href} className={styles.link}>
          {title}
        </Link>
      </Heading>
      <p className={styles.text}>{excerpt}</p>
      <div className={styles.footer}>
        {publishedAt ? (
          <time className={styles.date} dateTime={isoDate(publishedAt)}>
            {formatDate(publishedAt)}
          </time>
        ) : null}
        {/* The title link already says where the card goes; this is its visual cue. */}
        <span className={styles.more} aria-hidden="true">
          Read article →
        </span>
      </div>
    </article>
  )
}
