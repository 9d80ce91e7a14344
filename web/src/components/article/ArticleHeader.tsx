import Link from 'next/link'
import { Fragment } from 'react'
import { GridBackdrop } from '../decor/GridBackdrop'
import { HeaderRule } from '../decor/HeaderRule'
import { formatDate, isoDate } from '@chaffcent/content/date'
import { SanityImage } from '@/images/SanityImage'
import type { SiteImage } from '@/images/schema'
import styles from './ArticleHeader.module.css'

interface ArticleHeaderProps {
  category: string
  /** The category's listing; when given the category in the meta row links to it. */
  categoryHref?: string
  readTimeMinutes: number
  title: string
  excerpt: string
  /** Who wrote it, in byline order; each links to their card when a page shows one. */
  authors: readonly { name: string; href?: string }[]
  /** `YYYY-MM-DD`; a draft in preview may have none yet (it is dated when first published). */
  publishedAt?: string
  /** The article's cover image, under the byline at the reading column's width. */
  image?: SiteImage
}

/** "A", "A and B", "A, B and C", each name a link to its card where there is one. */
function bylineOf(authors: ArticleHeaderProps['authors']) {
  return authors.map(({ name, href }, index) => (
    <Fragment key={`${index}-${name}`}>
      {index === 0 ? null : index === authors.length - 1 ? ' and ' : ', '}
      {href ? (
        <Link href={href} className={styles.authorLink}>
          {name}
        </Link>
      ) : (
        name
      )}
    </Fragment>
  ))
}

/** The head of an Insights article: breadcrumb, category and reading time, title, excerpt, byline. */
export function ArticleHeader(props: ArticleHeaderProps) {
  return (
    <header className={styles.header} aria-label="Article header" data-surface="dark">
      <GridBackdrop />
      <div className={styles.inner}>
        <nav className={styles.breadcrumb} aria-label="Breadcrumb">
          <Link href="/insights" className={styles.breadcrumbLink}>
            <span aria-hidden="true">←</span> Insights
          </Link>
        </nav>
        <p className={styles.meta}>
          {props.categoryHref ? (
            <Link href={props.categoryHref} className={styles.category}>
              {props.category}
            </Link>
          ) : (
            <span className={styles.category}>{props.category}</span>
          )}
          <span className={styles.separator} aria-hidden="true">
            ·
          </span>
          <span>{props.readTimeMinutes} min read</span>
        </p>
        <h1 className={styles.title}>{props.title}</h1>
        <p className={styles.excerpt}>{props.excerpt}</p>
        <p className={styles.byline}>
          <span className={styles.author}>{bylineOf(props.authors)}</span>
          {props.publishedAt ? (
            <>
              <span className={styles.separator} aria-hidden="true">
                ·
              </span>
              <time dateTime={isoDate(props.publishedAt)}>{formatDate(props.publishedAt)}</time>
            </>
          ) : null}
        </p>
        {props.image ? (
          <SanityImage
            image={props.image}
            variant="articleCover"
            sizes="(min-width: 48rem) 44rem, 100vw"
            priority
            className={styles.cover}
          />
        ) : null}
      </div>
      <HeaderRule narrow />
    </header>
  )
}
