import type { ReactNode } from 'react'
import type { EnquiryField } from '@/enquiries/fields'
import styles from './EnquiryForm.module.css'

interface ControlProps {
  id: string
  name: EnquiryField
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

/** One labelled field; its error, when there is one, is tied to the control it describes. */
export function Field({
  name,
  label,
  error,
  inline,
  children,
}: {
  name: EnquiryField
  label: string
  error: string | undefined
  inline?: boolean
  children: (props: ControlProps) => ReactNode
}) {
  const id = `enquiry-${name}`
  const errorId = `${id}-error`
  return (
    <div className={inline ? styles.inlineField : styles.field}>
      {label && <label htmlFor={id}>{label}</label>}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      {children({
        id,
        name,
        'aria-invalid': Boolean(error),
        'aria-describedby': error ? errorId : undefined,
      })}
    </div>
  )
}
