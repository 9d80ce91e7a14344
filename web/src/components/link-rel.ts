/**
 * The `rel` of a link from content: one that leaves for another website (an editor's
 * LinkedIn or partner link) neither hands that page a handle on this one (`noopener`) nor
 * tells it which page the reader came from (`noreferrer`), as the site's other off-site links
 * do. Paths on the site, mailto: and tel: need none.
 */
export function linkRel(href: string): string | undefined {
  return /^https?:/i.test(href) ? 'noopener noreferrer' : undefined
}
