import { Arrow, ButtonLink } from '../button-link/ButtonLink'
import { GridBackdrop } from '../decor/GridBackdrop'
import { Eyebrow } from '../eyebrow/Eyebrow'
import styles from './CallToActionBanner.module.css'

interface Action {
  label: string
  href: string
}

interface CallToActionBannerProps {
  /** Optional in the studio: the banner reads well without it. */
  eyebrow?: string
  heading: string
  text?: string
  primary: Action
  /** Rendered as the outlined button, with an arrow after its label. */
  secondary?: Action
}

/** The closing invitation to get in touch, on its own grid with an accent line. */
export function CallToActionBanner({
  eyebrow,
  heading,
  text,
  primary,
  secondary,
}: CallToActionBannerProps) {
  return (
    <section className={styles.banner} aria-label="Call to action" data-surface="dark">
      <GridBackdrop line />
      <div className={styles.inner}>
        <div className={styles.copy}>
          {eyebrow ? <Eyebrow dot>{eyebrow}</Eyebrow> : null}
          <h2 className={styles.title}>{heading}</h2>
          {text ? <p className={styles.text}>{text}</p> : null}
        </div>
        <div className={styles.actions}>
          <ButtonLink href={primary.href}>{primary.label}</ButtonLink>
          {secondary ? (
            <ButtonLink href={secondary.href} variant="secondary">
              {withoutTrailingArrow(secondary.label)}
              <Arrow />
            </ButtonLink>
          ) : null}
        </div>
      </div>
    </section>
  )
}

/** Editors may type the arrow themselves ("View Insights →"); the banner draws its own. */
function withoutTrailingArrow(label: string): string {
  return label.replace(/\s*→\s*$/, '')
}
