import type { PageSection } from '@/content/pages'

/** What every section component is given: its content, its background and the page's address. */
export interface SectionProps<T extends PageSection['_type']> {
  section: Extract<PageSection, { _type: T }>
  /** Sections alternate backgrounds down the page. */
  tone: 'default' | 'mid'
  /** The page's own address (the enquiry form posts to it before scripts run). */
  path: string
}

/** The id of a section's heading, which names its region for assistive technology. */
export const headingId = (section: { _key: string }) => `section-${section._key}`
