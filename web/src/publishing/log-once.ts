/**
 * A misconfiguration is worth one line in the server log, not one per request: a
 * webhook retrying or a crawler probing would otherwise bury everything else.
 */
export function logOnce(log: (message: string) => void = console.error) {
  let logged = false
  return (message: string) => {
    if (logged) return
    logged = true
    log(message)
  }
}
