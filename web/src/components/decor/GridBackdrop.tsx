import styles from './GridBackdrop.module.css'

interface GridBackdropProps {
  /** Adds the accent line along the top edge, as on the call-to-action banner. */
  line?: boolean
}

/**
 * The fine technical grid behind page headers, the 404 page and the call to action.
 * Purely decorative, so it is hidden from assistive technology; its parent must be
 * positioned (`position: relative`) for the layer to fill it.
 */
export function GridBackdrop({ line = false }: GridBackdropProps) {
  return (
    <div className={styles.backdrop} aria-hidden="true">
      <div className={styles.grid} />
      {line ? <div className={styles.line} /> : null}
    </div>
  )
}
