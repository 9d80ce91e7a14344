import { keyOf } from './keys'
import type { BlockSource, Inline, LinkTarget, RichTextSource, Run, TextStyle } from './rich-text'

/** Sanity's stored form of rich text (the subset the content model's `richText` allows). */
export interface Span {
  _key: string
  _type: 'span'
  text: string
  marks: string[]
}

export type MarkDef =
  | { _key: string; _type: 'internalLink'; reference: { _type: 'reference'; _ref: string } }
  | { _key: string; _type: 'externalLink'; href: string; openInNewTab: boolean }

export interface TextBlock {
  _key: string
  _type: 'block'
  style: TextStyle
  markDefs: MarkDef[]
  children: Span[]
  listItem?: 'bullet' | 'number'
  level?: number
}

function asRun(inline: Inline): Run {
  return typeof inline === 'string' ? { text: inline, marks: [] } : inline
}

function markDef(key: string, link: LinkTarget): MarkDef {
  return link.kind === 'internal'
    ? { _key: key, _type: 'internalLink', reference: { _type: 'reference', _ref: link.documentId } }
    : { _key: key, _type: 'externalLink', href: link.href, openInNewTab: link.openInNewTab }
}

/** One block; its key comes from its position and text, its spans' and links' keys from its own. */
function textBlock(
  position: number,
  style: TextStyle,
  content: Inline[],
  list?: 'bullet' | 'number',
): TextBlock {
  const runs = content.map(asRun)
  const key = keyOf(position, style, list ?? '', ...runs.map((run) => run.text))
  const markDefs: MarkDef[] = []
  const children = runs.map((run, index): Span => {
    const marks: string[] = [...run.marks]
    if (run.link) {
      const linkKey = keyOf(key, 'link', index)
      markDefs.push(markDef(linkKey, run.link))
      marks.push(linkKey)
    }
    return { _key: keyOf(key, 'span', index), _type: 'span', text: run.text, marks }
  })
  const block: TextBlock = { _key: key, _type: 'block', style, markDefs, children }
  return list ? { ...block, listItem: list, level: 1 } : block
}

/** Expands a list into one block per item, as Portable Text stores lists. */
function blocksOf(source: BlockSource, position: () => number): TextBlock[] {
  if (typeof source === 'string') return [textBlock(position(), 'normal', [source])]
  if ('list' in source)
    return source.items.map((item) => textBlock(position(), 'normal', item, source.list))
  return [textBlock(position(), source.style, source.content)]
}

/** Turns rich text written in the source form into Sanity Portable Text blocks. */
export function toPortableText(source: RichTextSource): TextBlock[] {
  let next = 0
  const position = () => next++
  return source.flatMap((block) => blocksOf(block, position))
}

/** The plain text of Portable Text blocks, one block a line: for word counts and checks. */
export function plainText(blocks: TextBlock[]): string {
  return blocks.map((block) => block.children.map((span) => span.text).join('')).join('\n')
}
