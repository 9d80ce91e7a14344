export interface DatasetCopy {
  file: string
  find(id: string): Record<string, unknown> & { _id: string; title?: string }
  change(
    id: string,
    change: (doc: Record<string, unknown>) => Record<string, unknown>,
  ): Record<string, unknown> & { _id: string; _type: string }
  remove(): void
}
export function copySeedDataset(): DatasetCopy
