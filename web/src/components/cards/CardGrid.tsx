import Link from 'next/link'
import { SanityImage } from '@/images/SanityImage'
import type { SiteImage } from '@/images/schema'
import cardStyles from './Card.module.css'
import styles from './Grid.module.css'
import { linkRel } from '@/components/link-rel'

export interface CardGridItem {
  key: string
  title: string
  text?: string
  /** Makes the whole card a link to the item's page. */
  href?: string
  /** A short label above the title, e.g. a venture's status. */
  meta?: string
  /** A logo above the title (a venture's). */
  logo?: SiteImage
  /** A picture across the top of the card (a page's card may have one). */
  image?: SiteImage
}

interface CardGridProps {
  items: CardGridItem[]
  headingLevel?: 2 | 3
}

/** Sectors, ventures or a page's cards: a grid of titled summaries, linked when they have a page. */
export function CardGrid({ items, headingLevel = 3 }: CardGridProps) {
  if (items.length === 0) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul role="list" className={styles.grid}>
      {items.map((item) => (
        <li key={item.key} className={styles.item}>
          <div className={item.href ? `${cardStyles.card} ${cardStyles.linked}` : cardStyles.card}>
            {item.image ? (
              <SanityImage
                image={item.image}
                variant="articleCard"
                sizes="(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw"
                className={cardStyles.cover}
              />
            ) : null}
            {item.logo ? (
              <SanityImage
                image={item.logo}
                variant="cardLogo"
                sizes="8rem"
                placeholder={false}
                className={cardStyles.logo}
              />
            ) : null}
            {item.meta ? <p className={cardStyles.meta}>{item.meta}</p> : null}
            <Heading className={cardStyles.title}>
              {/* As on article cards, the title is the link and stretches over the card. */}
              {item.href ? (
                <Link href={item.href} rel={linkRel(item.href)} className={cardStyles.link}>
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
            </Heading>
            {item.text ? <p className={cardStyles.text}>{item.text}</p> : null}
            {item.href ? (
              <span className={cardStyles.more} aria-hidden="true">
                Learn more →
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
