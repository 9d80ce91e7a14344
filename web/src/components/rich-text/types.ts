import type { PortableTextBlock } from '@portabletext/react'

/** Rich text as content stores it: text blocks and the objects (images) allowed between them. */
export type RichTextValue = ReadonlyArray<
  PortableTextBlock | { _type: string; _key?: string; [field: string]: unknown }
>
