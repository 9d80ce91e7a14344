import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Enquiry } from './fields'
import { SCHEMA } from './store-schema'

/** A delivery to one sink, or the erasure of what the site put in the Lake. */
export type Sink = 'lake' | 'email' | 'lake-erasure'

export interface DueJob {
  enquiryId: string
  sink: Sink
  attempts: number
  receivedAt: number
  /** Null once the enquiry is past its retention and its details are erased. */
  enquiry: Enquiry | null
}

/**
 * The enquiries' durable store: SQLite through node:sqlite, one file, written before the
 * visitor is told "received". Each delivery is a row that leaves only when it succeeded.
 */
export function openEnquiryStore(file: string) {
  mkdirSync(path.dirname(file), { recursive: true })
  const db = new DatabaseSync(file)
  db.exec(SCHEMA)

  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      db.exec('COMMIT')
      return result
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }

  return {
    /** Commits the enquiry and one pending delivery per sink; answers its id. */
    add(enquiry: Enquiry, sinks: Sink[], now: number): string {
      const id = randomUUID()
      transaction(() => {
        db.prepare('INSERT INTO enquiries (id, received_at, details) VALUES (?, ?, ?)').run(
          id,
          now,
          JSON.stringify(enquiry),
        )
        const job = db.prepare(
          'INSERT INTO deliveries (enquiry_id, sink, next_attempt_at) VALUES (?, ?, ?)',
        )
        for (const sink of sinks) job.run(id, sink, now)
      })
      return id
    },

    /**
     * Claims up to `limit` due jobs for `leaseMs`: another worker (or this one after a restart)
     * takes a job again only once its lease ran out without a success or a failure recorded.
     */
    claimDue(now: number, leaseMs: number, limit = 10): DueJob[] {
      return transaction(() => {
        const rows = db
          .prepare(
            `SELECT d.enquiry_id, d.sink, d.attempts, e.received_at, e.details
             FROM deliveries d JOIN enquiries e ON e.id = d.enquiry_id
             WHERE d.delivered_at IS NULL AND d.next_attempt_at <= ?
             ORDER BY d.next_attempt_at LIMIT ?`,
          )
          .all(now, limit) as {
          enquiry_id: string
          sink: Sink
          attempts: number
          received_at: number
          details: string | null
        }[]
        const lease = db.prepare(
          'UPDATE deliveries SET next_attempt_at = ? WHERE enquiry_id = ? AND sink = ?',
        )
        for (const row of rows) lease.run(now + leaseMs, row.enquiry_id, row.sink)
        return rows.map((row) => ({
          enquiryId: row.enquiry_id,
          sink: row.sink,
          attempts: row.attempts,
          receivedAt: row.received_at,
          enquiry: row.details === null ? null : (JSON.parse(row.details) as Enquiry),
        }))
      })
    },

    delivered(enquiryId: string, sink: Sink, now: number): void {
      db.prepare(
        'UPDATE deliveries SET delivered_at = ?, attempts = attempts + 1 WHERE enquiry_id = ? AND sink = ?',
      ).run(now, enquiryId, sink)
    },

    failed(enquiryId: string, sink: Sink, nextAttemptAt: number): void {
      db.prepare(
        'UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ? WHERE enquiry_id = ? AND sink = ?',
      ).run(nextAttemptAt, enquiryId, sink)
    },

    /** What a delivery row says, for tests and the worker's log. */
    delivery(enquiryId: string, sink: Sink) {
      return db
        .prepare(
          'SELECT attempts, next_attempt_at AS nextAttemptAt, delivered_at AS deliveredAt FROM deliveries WHERE enquiry_id = ? AND sink = ?',
        )
        .get(enquiryId, sink) as
        { attempts: number; nextAttemptAt: number; deliveredAt: number | null } | undefined
    },

    count(): number {
      return (db.prepare('SELECT count(*) AS n FROM enquiries').get() as { n: number }).n
    },

    /** Records one attempt from an address and answers how many it made since `since`. */
    recordAttempt(addressKey: string, now: number, since: number): number {
      return transaction(() => {
        db.prepare('DELETE FROM attempts WHERE at < ?').run(since)
        db.prepare('INSERT INTO attempts (address_key, at) VALUES (?, ?)').run(addressKey, now)
        const row = db
          .prepare('SELECT count(*) AS n FROM attempts WHERE address_key = ? AND at >= ?')
          .get(addressKey, since) as { n: number }
        return row.n
      })
    },

    /**
     * Past retention: the details are erased at once and undelivered jobs dropped; where the
     * Lake may hold a copy an erasure job is queued, and the row goes when nothing is left to do.
     */
    expire(cutoff: number, eraseFromLake: boolean, now: number): number {
      return transaction(() => {
        const expired = db
          .prepare('SELECT id FROM enquiries WHERE received_at < ? AND details IS NOT NULL')
          .all(cutoff) as { id: string }[]
        for (const { id } of expired) {
          db.prepare('UPDATE enquiries SET details = NULL WHERE id = ?').run(id)
          db.prepare("DELETE FROM deliveries WHERE enquiry_id = ? AND sink != 'lake-erasure'").run(
            id,
          )
          if (eraseFromLake)
            db.prepare(
              "INSERT INTO deliveries (enquiry_id, sink, next_attempt_at) VALUES (?, 'lake-erasure', ?)",
            ).run(id, now)
        }
        // Erased and with nothing left to do: forget the enquiry entirely.
        const done = `SELECT id FROM enquiries WHERE details IS NULL AND NOT EXISTS (
          SELECT 1 FROM deliveries d WHERE d.enquiry_id = enquiries.id AND d.delivered_at IS NULL)`
        db.exec(`DELETE FROM deliveries WHERE enquiry_id IN (${done})`)
        db.exec(`DELETE FROM enquiries WHERE id IN (${done})`)
        return expired.length
      })
    },

    /** The form's signing secret: made once, kept with the enquiries so every instance shares it. */
    secret(): string {
      db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(
        'form-secret',
        randomBytes(32).toString('base64url'),
      )
      const row = db.prepare('SELECT value FROM meta WHERE key = ?').get('form-secret') as {
        value: string
      }
      return row.value
    },

    file,
    close: () => db.close(),
  }
}

export type EnquiryStore = ReturnType<typeof openEnquiryStore>
