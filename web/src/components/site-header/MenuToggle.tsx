'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { navCurrent } from './nav-current'
import styles from './MenuToggle.module.css'
import { linkRel } from '@/components/link-rel'
import { SearchForm } from '@/components/search/SearchForm'

export interface NavLink {
  label: string
  href: string
}

const noSubscription = () => () => {}

/** False in the server HTML and during hydration, true once this code runs in the browser. */
function useScriptsRunning(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/** The main navigation, marking the current page; the only client component of the header. */
export function CurrentPageMenu({ links }: { links: NavLink[] }) {
  return <MenuToggle links={links} currentPath={usePathname()} />
}

/**
 * The primary navigation: a row of links on wide screens, a menu behind a button on small
 * ones. Without JavaScript the button is a link to the list, which CSS reveals as the
 * `:target`, so every link stays reachable.
 */
export function MenuToggle({
  links,
  currentPath,
  listId = 'primary-navigation',
}: {
  links: NavLink[]
  currentPath: string | null
  /**
   * A streamed page's HTML holds both the Suspense fallback's menu and the resolved one,
   * so the fallback takes another id (one id twice is invalid HTML).
   */
  listId?: string
}) {
  const enhanced = useScriptsRunning()
  const [open, setOpen] = useState(false)
  const [shownPath, setShownPath] = useState(currentPath)
  const buttonRef = useRef<HTMLButtonElement>(null)

  // A navigation closes the menu: adjust state while rendering rather than in an effect.
  if (shownPath !== currentPath) {
    setShownPath(currentPath)
    if (open) setOpen(false)
  }

  useEffect(() => {
    if (!open) return
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    document.addEventListener('keydown', closeOnEscape)
    return () => document.removeEventListener('keydown', closeOnEscape)
  }, [open])

  return (
    <nav
      aria-label="Main"
      className={styles.nav}
      data-enhanced={enhanced}
      data-open={enhanced && open}
    >
      {enhanced ? (
        <button
          ref={buttonRef}
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((isOpen) => !isOpen)}
        >
          <span className={styles.icon} aria-hidden="true" />
          Menu
        </button>
      ) : (
        <a href={`#${listId}`} className={styles.toggle}>
          <span className={styles.icon} aria-hidden="true" />
          Menu
        </a>
      )}
      <ul id={listId} role="list" className={styles.list}>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              rel={linkRel(link.href)}
              className={styles.link}
              aria-current={navCurrent(currentPath, link.href)}
              onClick={() => setOpen(false)}
            >
              {link.label}
            </Link>
          </li>
        ))}
        {/* At the foot of the menu on small screens; wide ones show the header's own box. */}
        <li className={styles.search}>
          <SearchForm id={`${listId}-search`} label="Site" compact />
        </li>
      </ul>
    </nav>
  )
}
