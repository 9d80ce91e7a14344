/**
 * Signatures already acted on, each remembered until it would be refused as too old
 * anyway. A replay of an accepted request is answered 200 and changes nothing. Bounded:
 * past `capacity` the oldest is forgotten (it is then still refused once it goes stale).
 */
export function acceptedSignatures(lifetimeMs: number, capacity = 10_000) {
  const expiries = new Map<string, number>()

  function forgetExpired(now: number) {
    for (const [key, expiry] of expiries) {
      if (expiry > now) break // insertion order is expiry order
      expiries.delete(key)
    }
  }

  return {
    /** True the first time a signature is seen within its lifetime, false for a replay. */
    accept(signature: Buffer, now: number): boolean {
      forgetExpired(now)
      const key = signature.toString('base64')
      if (expiries.has(key)) return false
      if (expiries.size >= capacity) expiries.delete(expiries.keys().next().value!)
      expiries.set(key, now + lifetimeMs)
      return true
    },
  }
}
