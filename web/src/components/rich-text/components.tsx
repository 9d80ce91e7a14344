import type { PortableTextComponents } from '@portabletext/react'
import { ImageBlock } from './ImageBlock'
import { ExternalLink, InternalLink } from './marks'

/**
 * One renderer for every block style, list, decorator, annotation and object the studio's
 * `richText` allows. Anything else (a type added to the schema before the site knows it)
 * renders nothing rather than a guess.
 */
export const richTextComponents: PortableTextComponents = {
  block: {
    normal: ({ children }) => <p>{children}</p>,
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    blockquote: ({ children }) => <blockquote>{children}</blockquote>,
  },
  list: {
    bullet: ({ children }) => <ul>{children}</ul>,
    number: ({ children }) => <ol>{children}</ol>,
  },
  listItem: {
    bullet: ({ children }) => <li>{children}</li>,
    number: ({ children }) => <li>{children}</li>,
  },
  marks: {
    strong: ({ children }) => <strong>{children}</strong>,
    em: ({ children }) => <em>{children}</em>,
    internalLink: InternalLink,
    externalLink: ExternalLink,
  },
  types: {
    accessibleImage: ImageBlock,
  },
  // Unknown content degrades to its text (marks, styles) or to nothing (objects).
  unknownMark: ({ children }) => <>{children}</>,
  unknownType: () => null,
  unknownBlockStyle: ({ children }) => <p>{children}</p>,
  unknownList: ({ children }) => <ul>{children}</ul>,
  unknownListItem: ({ children }) => <li>{children}</li>,
}
