import { expect, test } from '@playwright/test'
import { HtmlValidate } from 'html-validate'
import { siteRoutes, UNKNOWN_PATHS } from './lib/routes'

/** The WHATWG rules, without html-validate's opinions on style. */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

const paths = [...siteRoutes().map(({ path }) => path), ...UNKNOWN_PATHS]

for (const path of paths) {
  test(`the server HTML of ${path} is valid`, async ({ request }) => {
    const response = await request.get(path)
    const report = await validator.validateString(await response.text(), path)
    const problems = report.results.flatMap(({ messages }) =>
      messages.map(
        ({ ruleId, message, line, column }) => `${line}:${column} ${ruleId}: ${message}`,
      ),
    )
    expect(problems).toEqual([])
  })
}
