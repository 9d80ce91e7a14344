import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
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
