import { TYPE } from '@chaffcent/content/content-types'
import { BulbOutlineIcon } from '@sanity/icons/BulbOutline'
import type { StructureBuilder } from 'sanity/structure'

/** Insights: the articles, newest first, and the categories they are filed under. */
export function insightsListItem(S: StructureBuilder) {
  return S.listItem()
    .title('Insights')
    .id('insights')
    .icon(BulbOutlineIcon)
    .child(
      S.list()
        .title('Insights')
        .items([
          S.documentTypeListItem(TYPE.article)
            .title('Articles')
            .child(
              S.documentTypeList(TYPE.article)
                .title('Articles')
                .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
            ),
          S.documentTypeListItem(TYPE.category).title('Categories'),
        ]),
    )
}
