import type { Metadata } from 'next'
import { insightsMetadata } from './_index/metadata'
import { InsightsIndex } from './_index/InsightsIndex'

export function generateMetadata(): Promise<Metadata> {
  return insightsMetadata(1, null)
}

export default function InsightsPage() {
  return <InsightsIndex page={1} category={null} />
}
