import { Suspense } from 'react'
import { SearchForm } from '../search/SearchForm'
import { WordmarkLink } from '../wordmark/WordmarkLink'
import { CurrentPageMenu, MenuToggle, type NavLink } from './MenuToggle'
import styles from './SiteHeader.module.css'

interface SiteHeaderProps {
  links: NavLink[]
}

/**
 * The banner at the top of every page: the wordmark home, the search box and the main
 * navigation. On small screens the search box is the one at the foot of the menu instead.
 */
export function SiteHeader({ links }: SiteHeaderProps) {
  return (
    <header className={styles.header} data-surface="dark">
      <div className={styles.bar}>
        <WordmarkLink />
        <div className={styles.search}>
          <SearchForm id="site-search" label="Site" compact />
        </div>
        {/*
          Reading the path suspends while a page whose address is only known on request is
          prerendered; the fallback is the same menu without the current page marked.
        */}
        <Suspense
          fallback={
            <MenuToggle links={links} currentPath={null} listId="primary-navigation-shell" />
          }
        >
          <CurrentPageMenu links={links} />
        </Suspense>
      </div>
    </header>
  )
}
