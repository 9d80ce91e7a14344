import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { ARTICLE_QUERY, ARTICLE_SLUGS_QUERY } from '../articles/query'
import { articleSchema } from '../articles/schema'
import { PAGE_QUERY } from '../pages/query'
import { pageSchema } from '../pages/schema'
import { runQuery } from '../testing/dataset'
import { PERSON_FIELDS } from './query'
import { person } from './schema'

const ada = {
  _id: 'person-ada-lovelace',
  _type: 'person',
  name: 'Ada Lovelace',
  slug: { _type: 'slug', current: 'ada-lovelace' },
  role: 'Director',
  linkedIn: 'https://www.linkedin.com/in/ada-lovelace',
}

async function readPerson(doc: Record<string, unknown>) {
  const query = `*[_type == "person"][0]{${PERSON_FIELDS}}`
  return (await evaluate(parse(query), { dataset: [doc] })).get()
}

describe('a person as the site reads one', () => {
  it('reads name, anchor, role and LinkedIn; an empty photo and biography are left out', async () => {
    expect(person.parse(await readPerson(ada))).toEqual({
      _type: 'person',
      name: 'Ada Lovelace',
      slug: 'ada-lovelace',
      role: 'Director',
      bio: undefined,
      photo: undefined,
      linkedIn: 'https://www.linkedin.com/in/ada-lovelace',
    })
  })

  it('refuses a profile address that is not LinkedIn’s own https one', async () => {
    for (const linkedIn of ['http://www.linkedin.com/in/a', 'https://linkedin.com.evil.test/in/a'])
      expect(person.safeParse(await readPerson({ ...ada, linkedIn })).success, linkedIn).toBe(false)
  })
})

describe('the seed’s people', () => {
  it('sign every article, each linked to their card on the page that lists them', async () => {
    const slugs = (await runQuery(ARTICLE_SLUGS_QUERY)) as { slug: string }[]
    expect(slugs.length).toBeGreaterThan(0)
    const page = pageSchema.parse(await runQuery(PAGE_QUERY, { slug: 'who-we-are' }))
    const cards = page.sections.flatMap((s) => (s._type === 'peopleSection' ? s.people : []))
    for (const { slug } of slugs) {
      const article = articleSchema.parse(await runQuery(ARTICLE_QUERY, { slug, preview: false }))
      expect(article.authors.length, slug).toBeGreaterThan(0)
      for (const author of article.authors) {
        expect(author.href, slug).toBe(`/who-we-are#${author.slug}`)
        expect(cards.map(({ slug }) => slug)).toContain(author.slug)
      }
    }
  })
})
