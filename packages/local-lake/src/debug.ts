/**
 * With DEBUG_LAKE set, what the studio sends and what the listener answers, one JSON line
 * each: the way to see why the studio's document store stops or rebases.
 */
export function debugLog(what: string, value: unknown) {
  if (process.env.DEBUG_LAKE) console.log(`[lake] ${what} ${JSON.stringify(value)}`)
}
