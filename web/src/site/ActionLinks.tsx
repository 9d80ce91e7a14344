import { ButtonLink } from '@/components/button-link/ButtonLink'
import type { Link as ContentLink } from '@/content/schemas'
import styles from './ActionLinks.module.css'

/** Up to two calls to action from content, as a pair of buttons; nothing when editors set neither. */
export function ActionLinks({
  primary,
  secondary,
}: {
  primary?: ContentLink
  secondary?: ContentLink
}) {
  if (!primary && !secondary) return null
  return (
    <p className={styles.actions}>
      {primary && <ButtonLink href={primary.href}>{primary.label}</ButtonLink>}
      {secondary && (
        <ButtonLink href={secondary.href} variant="secondary">
          {secondary.label}
        </ButtonLink>
      )}
    </p>
  )
}
