// Polls a page until its HTML shows a piece of text, one request at a time.

/** React escapes these in text content, so the HTML holds the escaped form. */
function escapeHtml(text) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
}

/**
 * Requests `url` back to back (each waits for the last, so the site is never flooded) until the
 * HTML contains `text`; gives up after `timeoutMs`. Resolves to the number of requests made.
 */
export async function waitForText(url, text, timeoutMs = 30_000) {
  const wanted = escapeHtml(text)
  const deadline = Date.now() + timeoutMs
  let requests = 0
  let lastStatus = null
  while (Date.now() < deadline) {
    requests += 1
    const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) })
    lastStatus = response.status
    const html = await response.text()
    if (response.ok && html.includes(wanted)) return { requests }
  }
  throw new Error(
    `${url} did not show "${text}" within ${timeoutMs / 1000} s (last status ${lastStatus})`,
  )
}
