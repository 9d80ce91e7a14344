import { ExitPreviewForm } from './ExitPreviewForm'
import styles from './PreviewControls.module.css'

/** The banner itself, apart from the draft-mode check so it can be rendered in tests. */
export function PreviewBanner() {
  return (
    <aside aria-label="Preview" className={styles.banner}>
      <p className={styles.message}>
        <strong className={styles.label}>Preview</strong>
        <span>You are seeing unpublished drafts.</span>
      </p>
      <ExitPreviewForm buttonClassName={styles.exit} />
    </aside>
  )
}
