/**
 * Redirect targets that leave the site once a URL parser or browser normalises them, as
 * they arrive in the `redirect` parameter (already decoded once). Every route that
 * redirects must send each of them home.
 */
export const OFF_SITE = [
  '//evil.example',
  '/.//evil.example',
  '/..//evil.example',
  '/%2e//evil.example',
  '/%2E%2E//evil.example',
  '/./\\evil.example',
  '/../\\evil.example',
  '/.\\/evil.example',
  '/%2e/\\evil.example',
  '/\\/evil.example',
  '/\t/evil.example',
  'https://evil.example',
  'https:/evil.example',
  '\\\\evil.example',
]

/** Each target as a query string may carry it: typed raw, and percent-encoded. */
export const OFF_SITE_QUERIES = OFF_SITE.flatMap((target) => [target, encodeURIComponent(target)])
