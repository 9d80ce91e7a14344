import { embeddedDatasetPath, hostedConfig } from '../config'
import { embeddedSource } from './embedded'
import { hostedSource } from './hosted'
import type { ContentSource } from './types'

export type { ContentSource, Perspective } from './types'

let source: ContentSource | undefined

/** The hosted Content Lake when a Sanity project is configured, else the embedded dataset. */
export function contentSource(): ContentSource {
  if (!source) {
    const hosted = hostedConfig()
    source = hosted ? hostedSource(hosted) : embeddedSource(embeddedDatasetPath())
  }
  return source
}
