/**
 * How a navigation link relates to the page being shown, as `aria-current` expresses it:
 * `page` for the page itself, `true` for the section that contains it (an article under
 * Insights), nothing otherwise. Query strings and fragments on the link are ignored.
 */
export function navCurrent(pathname: string | null, href: string): 'page' | 'true' | undefined {
  if (!pathname) return undefined
  const target = withoutTrailingSlash(href.split(/[?#]/)[0] ?? '')
  const current = withoutTrailingSlash(pathname)
  if (!target.startsWith('/')) return undefined
  if (current === target) return 'page'
  if (target !== '/' && current.startsWith(`${target}/`)) return 'true'
  return undefined
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}
