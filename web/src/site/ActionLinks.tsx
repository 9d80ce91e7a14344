import { ButtonLink } from '@/components/button-link/ButtonLink'
import type { Link as ContentLink } from '@/content/schemas'
import styles from './ActionLinks.module.css'

/** A primary and an optional secondary call to action from content, as a pair of buttons. */
export function ActionLinks({
  primary,
  secondary,
}: {
  primary: ContentLink
  secondary?: ContentLink
}) {
  return (
    <p className={styles.actions}>
      <ButtonLink href={primary.href}>{primary.label}</ButtonLink>
      {secondary && (
        <ButtonLink href={secondary.href} variant="secondary">
          {secondary.label}
        </ButtonLink>
      )}
    </p>
  )
}
