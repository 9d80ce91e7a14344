/**
 * A misconfiguration is worth one line in the server log, not one per request: a
 * webhook retrying or a crawler probing would otherwise bury everything else.
 */
export function logOnce(log = (message: string) => console.error(message)) {
  let logged = false
  return (message: string) => {
    if (logged) return
    logged = true
    log(message)
  }
}
