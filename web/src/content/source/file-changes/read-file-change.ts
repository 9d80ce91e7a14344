import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { type FileChange, fileChange } from './file-change'
import type { Pieces } from './pieces'

/** One version of the file: its change against the last, and what tells it from the next. */
export interface FileVersion extends FileChange {
  version: string
}

/** What tells one version of a file from the next (a publish renames a new file over it). */
export const versionOf = ({ mtimeMs, size, ino }: { mtimeMs: number; size: number; ino: number }) =>
  `${ino}:${mtimeMs}:${size}`

/**
 * The file as it is now against `previous`, read synchronously: a step's round trip through
 * the thread pool would cost more than the copy. The version comes from the open file itself,
 * so it always names the bytes read, even when a publish renames a new file over it meanwhile.
 */
export function readFileChange(file: string, previous: Pieces): FileVersion {
  const descriptor = openSync(file, 'r')
  try {
    const info = fstatSync(descriptor)
    const read = (into: Buffer, position: number) => {
      for (let filled = 0; filled < into.length;) {
        const got = readSync(descriptor, into, filled, into.length - filled, position + filled)
        if (got === 0) throw new Error(`${file} ended early: it was changed while being read`)
        filled += got
      }
    }
    return { ...fileChange(info.size, read, previous), version: versionOf(info) }
  } finally {
    closeSync(descriptor)
  }
}
