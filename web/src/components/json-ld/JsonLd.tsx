import { serializeJsonLd } from '@chaffcent/content/seo'

interface JsonLdProps {
  /** A schema.org object (or graph); serialised so no `</script>` in content can end the tag. */
  data: object
}

/** Structured data for search engines, as a `<script type="application/ld+json">`. */
export function JsonLd({ data }: JsonLdProps) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
