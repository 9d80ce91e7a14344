/**
 * Characters that must not reach an inline `<script>` as themselves: `<` and `>` could
 * close the element or open a comment, `&` could start an entity in XHTML parsing, and
 * U+2028 / U+2029 end a line in older JavaScript engines.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * JSON for a `<script type="application/ld+json">`. The escapes are still valid JSON
 * and decode to the same text, so nothing in the content can end the script early.
 */
export function serializeJsonLd(value: object): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, unicodeEscape)
}
