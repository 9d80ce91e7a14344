import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { draftSessionLeaks } from '../../support/draft-session'
import { leaksInBuild, SECRET_MARKERS } from '../../support/secret-scan'
import { PREVIEW_SECRET } from '../../support/servers'
import { expect, test } from './fixtures'
import { ARTICLE_IDS, article } from './site-pages'

const webRoot = path.resolve(import.meta.dirname, '../../..')
/** The hosted build is made with every secret set to its marker (see playwright.config.ts). */
const BUILD_MADE_WITH_SECRETS = path.join(webRoot, '.next-hosted')

test('no secret set at build time reaches a file the server sends', () => {
  const { scanned, leaks } = leaksInBuild(BUILD_MADE_WITH_SECRETS)
  // Each kind of served file is there, so an empty or misplaced build cannot pass unscanned.
  for (const kind of [/static\/.*\.js$/, /\.html$/, /\.rsc$/, /\.body$/]) {
    expect(
      scanned.some((file) => kind.test(file)),
      String(kind),
    ).toBe(true)
  }
  expect(leaks).toEqual([])
})

test('the scan finds a secret planted in each kind of served file', () => {
  const build = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-planted-leak-'))
  const planted = {
    'static/chunks/app.js': `const token = "${SECRET_MARKERS[2]}"`,
    'server/app/insights.html': `<p>${SECRET_MARKERS[1]}</p>`,
    'server/app/insights.rsc': `0:{"secret":"${SECRET_MARKERS[0]}"}`,
    'server/route-cache/page.html': 'PREVIEW_SECRET: "something"',
    // Server code is never sent, so a secret there is not a leak the scan reports.
    'server/chunks/route.js': `const secret = "${SECRET_MARKERS[0]}"`,
  }
  try {
    for (const [file, text] of Object.entries(planted)) {
      mkdirSync(path.dirname(path.join(build, file)), { recursive: true })
      writeFileSync(path.join(build, file), text)
    }
    expect(
      leaksInBuild(build)
        .leaks.map((leak) => leak.split(':')[0])
        .sort(),
    ).toEqual(
      Object.keys(planted)
        .filter((file) => !file.startsWith('server/chunks'))
        .sort(),
    )
  } finally {
    rmSync(build, { recursive: true, force: true })
  }
})

test('a draft-mode session’s responses carry no secret', async ({ page, dataset }) => {
  const previewed = article(ARTICLE_IDS.previewed)
  dataset.add({ ...previewed.doc, _id: `drafts.${previewed.doc._id}`, title: 'Draft title' })
  const enable = `/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=${previewed.path}`
  const { responses, leaks } = await draftSessionLeaks(page, enable, 'Draft title')
  expect(responses).toBeGreaterThan(5)
  expect(leaks).toEqual([])
})
