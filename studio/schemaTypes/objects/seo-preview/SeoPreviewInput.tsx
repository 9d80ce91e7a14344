import { pageMetadata } from '@chaffcent/content/seo/metadata'
import { Card, Stack, Text } from '@sanity/ui'
import { useFormValue, type ObjectInputProps } from 'sanity'
import { documentPageSeo, type EditedDocument } from './document-page-seo'
import { SeoPreview } from './SeoPreview'
import { useImageHost, useSiteIdentity } from './useSiteIdentity'

/** The Search and sharing fields, followed by a live preview of what the site will emit for them. */
export function SeoPreviewInput(props: ObjectInputProps) {
  const document = useFormValue([]) as EditedDocument | undefined
  const site = useSiteIdentity()
  const images = useImageHost()
  const page = document && site ? documentPageSeo(document, site, images) : null
  return (
    <Stack gap={5}>
      {props.renderDefault(props)}
      {page && site ? (
        <SeoPreview metadata={pageMetadata(site, page)} />
      ) : (
        <Card padding={3} tone="transparent" border radius={2}>
          <Text size={1} muted>
            The preview appears once the site settings are published and this document has a slug.
          </Text>
        </Card>
      )}
    </Stack>
  )
}
