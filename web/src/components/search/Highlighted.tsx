import { highlight } from '@/search/highlight'

/**
 * Text with each word a query term begins wrapped in `<mark>`. The text is split into React
 * text nodes, never parsed as HTML, so nothing an editor or visitor typed can become markup.
 */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return highlight(text, terms).map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
  )
}
