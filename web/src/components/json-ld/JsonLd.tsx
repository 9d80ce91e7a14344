import { serializeJsonLd } from '@chaffcent/content/seo/serialize'
import { stegaClean } from '@/content/stega'

interface JsonLdProps {
  /**
   * A schema.org object (or graph); serialised so no `</script>` in content can end the tag,
   * and without click-to-edit marks, which search engines would read as part of the text.
   */
  data: object
}

/** Structured data for search engines, as a `<script type="application/ld+json">`. */
export function JsonLd({ data }: JsonLdProps) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(stegaClean(data)) }}
    />
  )
}
