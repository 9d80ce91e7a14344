import type { DatasetCopy } from './dataset-copy.mjs'

export interface PublishSample {
  ms: number
  webhookMs: number
  requests: number
  revalidated: string[]
}
export function timePublish(options: {
  siteUrl: string
  dataset: DatasetCopy
  secret: string
  title: string
}): Promise<PublishSample>
export function describeSample(label: string, sample: PublishSample): string
