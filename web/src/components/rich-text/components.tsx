import type { PortableTextComponents, PortableTextMarkComponent } from '@portabletext/react'
import type { ReactNode } from 'react'
import { ImageBlock } from './ImageBlock'
import { ExternalLink, InternalLink, type InternalLinkMark } from './marks'

const paragraph = ({ children }: { children?: ReactNode }) => <p>{children}</p>
const text = ({ children }: { children?: ReactNode }) => <>{children}</>

/**
 * One renderer for every block style, list, decorator, annotation and object the studio's
 * `richText` allows, and for every one @portabletext/react would otherwise render by
 * default (it merges its defaults under these): `h1` (the page has its own), `h4`–`h6`,
 * `code`, `underline` (an inline style the CSP refuses), `strike-through` and its
 * standard `link` annotation, whose href it renders as given. Anything else (a type
 * added to the schema before the site knows it) renders as its text or nothing.
 */
export const richTextComponents: PortableTextComponents = {
  block: {
    normal: paragraph,
    h1: paragraph,
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    h4: paragraph,
    h5: paragraph,
    h6: paragraph,
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
    // The library's standard annotation `{ _type: 'link', href }`: checked like our own.
    link: ExternalLink,
    code: text,
    underline: text,
    'strike-through': text,
  },
  types: {
    accessibleImage: ImageBlock,
  },
  hardBreak: () => <br />,
  unknownMark: text,
  unknownType: () => null,
  unknownBlockStyle: paragraph,
  unknownList: ({ children }) => <ul>{children}</ul>,
  unknownListItem: ({ children }) => <li>{children}</li>,
}

/** The same, with internal links carrying the site's full address of their page for print. */
export function richTextComponentsFor(siteUrl: string): PortableTextComponents {
  const internalLink: PortableTextMarkComponent<InternalLinkMark> = (props) => (
    <InternalLink {...props} siteUrl={siteUrl} />
  )
  return { ...richTextComponents, marks: { ...richTextComponents.marks, internalLink } }
}
