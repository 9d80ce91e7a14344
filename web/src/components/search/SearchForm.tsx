import { MAX_QUERY_LENGTH } from '@/search/terms'
import styles from './SearchForm.module.css'

export const SEARCH_PATH = '/search'

interface SearchFormProps {
  /** Unique on the page: the header's form and the search page's each have one. */
  id: string
  /** The landmark's accessible name, distinct for each form on a page. */
  label: string
  defaultValue?: string
  /** The header's form is compact, its label read by screen readers only. */
  compact?: boolean
}

/** A plain GET form to the search page: it works the same with or without JavaScript. */
export function SearchForm({ id, label, defaultValue = '', compact = false }: SearchFormProps) {
  const inputId = `${id}-query`
  return (
    <search
      className={compact ? `${styles.form} ${styles.compact}` : styles.form}
      aria-label={label}
    >
      <form action={SEARCH_PATH} method="get" className={styles.row}>
        <label htmlFor={inputId} className={compact ? 'visually-hidden' : styles.label}>
          Search the site
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </form>
    </search>
  )
}
