/**
 * The form rich text is written in under `seed/source/`: close to how the copy reads, so a
 * writer can edit it without knowing Portable Text. `portable-text.ts` turns it into blocks.
 *
 * A block is a plain string (a paragraph), or one of the helpers below.
 */

/** Where a link goes: another document in the dataset, or a public address. */
export type LinkTarget =
  | { kind: 'internal'; documentId: string }
  | { kind: 'external'; href: string; openInNewTab: boolean }

export type Decorator = 'strong' | 'em'

/** A run of text with its decorators and, optionally, a link. */
export interface Run {
  text: string
  marks: Decorator[]
  link?: LinkTarget
}

export type Inline = string | Run

export type TextStyle = 'normal' | 'h2' | 'h3' | 'blockquote'

export type BlockSource =
  | string
  | { style: TextStyle; content: Inline[] }
  | { list: 'bullet' | 'number'; items: Inline[][] }

export type RichTextSource = BlockSource[]

/** Normalises an item given as one string or as runs. */
function runs(content: Inline | Inline[]): Inline[] {
  return Array.isArray(content) ? content : [content]
}

export const p = (...content: Inline[]): BlockSource => ({ style: 'normal', content })
export const h2 = (text: string): BlockSource => ({ style: 'h2', content: [text] })
export const h3 = (text: string): BlockSource => ({ style: 'h3', content: [text] })
export const quote = (...content: Inline[]): BlockSource => ({ style: 'blockquote', content })

export const bullets = (...items: (Inline | Inline[])[]): BlockSource => ({
  list: 'bullet',
  items: items.map(runs),
})

export const numbered = (...items: (Inline | Inline[])[]): BlockSource => ({
  list: 'number',
  items: items.map(runs),
})

export const strong = (text: string): Run => ({ text, marks: ['strong'] })
export const em = (text: string): Run => ({ text, marks: ['em'] })

/** A link to another document of the dataset, by its id (see `ids.ts`). */
export const linkTo = (documentId: string, text: string): Run => ({
  text,
  marks: [],
  link: { kind: 'internal', documentId },
})

/** A link to a public body's site; such links always open in a new tab. */
export const external = (href: string, text: string): Run => ({
  text,
  marks: [],
  link: { kind: 'external', href, openInNewTab: true },
})

/** An email link; it opens the visitor's mail program, so not in a new tab. */
export const mailto = (address: string, text = address): Run => ({
  text,
  marks: [],
  link: { kind: 'external', href: `mailto:${address}`, openInNewTab: false },
})
