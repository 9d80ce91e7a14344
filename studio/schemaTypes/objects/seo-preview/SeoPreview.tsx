import type { PageMetadata } from '@chaffcent/content/seo/metadata-types'
import { searchResultPreview, shareCardPreview } from '@chaffcent/content/seo/search-preview'
import { Box, Card, Stack, Text } from '@sanity/ui'

/** A search result as Google shows it, truncated to about 60 and 160 characters. */
function SearchResult({ metadata }: { metadata: PageMetadata }) {
  const result = searchResultPreview(metadata)
  if (result.hidden) {
    return <Text size={1}>Hidden from search engines: this page will not appear in results.</Text>
  }
  return (
    <Stack gap={2} data-testid="search-result-preview">
      <Text size={1} muted>
        {result.url}
      </Text>
      <Text size={2} weight="medium" style={{ color: '#1a0dab' }}>
        {result.title}
      </Text>
      <Text size={1}>{result.description}</Text>
    </Stack>
  )
}

/** A shared link's card, as social sites build it from the page's Open Graph tags. */
function ShareCard({ metadata }: { metadata: PageMetadata }) {
  const card = shareCardPreview(metadata)
  return (
    <Card border radius={2} overflow="hidden" data-testid="share-card-preview">
      {card.image && (
        <img
          src={card.image.url}
          alt={card.image.alt}
          width={card.image.width}
          height={card.image.height}
          style={{ display: 'block', width: '100%', height: 'auto' }}
        />
      )}
      <Stack gap={2} padding={3}>
        <Text size={0} muted>
          {card.siteName}
        </Text>
        <Text size={1} weight="semibold">
          {card.title}
        </Text>
        <Text size={1} muted>
          {card.description}
        </Text>
      </Stack>
    </Card>
  )
}

/** What this page's metadata looks like in a search engine and when shared, from the site's own helpers. */
export function SeoPreview({ metadata }: { metadata: PageMetadata }) {
  return (
    <Stack gap={4}>
      <Card padding={3} radius={2} tone="transparent" border>
        <Stack gap={3}>
          <Text size={1} weight="semibold">
            In search results
          </Text>
          <SearchResult metadata={metadata} />
        </Stack>
      </Card>
      <Box>
        <Stack gap={3}>
          <Text size={1} weight="semibold">
            When shared
          </Text>
          <ShareCard metadata={metadata} />
        </Stack>
      </Box>
    </Stack>
  )
}
