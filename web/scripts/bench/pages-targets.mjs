// The targets for the site's pages, each read against the empty Next.js page where it is relative.

export const JS_BUDGET_KB = 10

/**
 * One check per site page and figure: a11y, best practices and SEO at 100 in both presets,
 * desktop performance 100, mobile performance at least the empty page's, and first-load
 * JavaScript within JS_BUDGET_KB (gzip) of the empty page's.
 */
export function checkTargets(pages) {
  const [baseline, ...site] = pages
  const checks = []
  for (const page of site) {
    const check = (figure, value, target, met) =>
      checks.push({ page: page.name, figure, value, target, met })
    for (const preset of ['mobile', 'desktop']) {
      const scores = page.lighthouse[preset].scores
      for (const category of ['accessibility', 'best-practices', 'seo']) {
        check(`${preset} ${category}`, scores[category], 100, scores[category] === 100)
      }
    }
    const desktop = page.lighthouse.desktop.scores.performance
    check('desktop performance', desktop, 100, desktop === 100)
    const mobile = page.lighthouse.mobile.scores.performance
    const emptyMobile = baseline.lighthouse.mobile.scores.performance
    check(
      'mobile performance',
      mobile,
      `≥ ${emptyMobile} (empty page)`,
      mobile !== null && mobile >= emptyMobile,
    )
    const extraKb = page.js.gzipKb - baseline.js.gzipKb
    check(
      'first-load JS vs empty page',
      `+${extraKb.toFixed(1)} KB`,
      `≤ +${JS_BUDGET_KB} KB`,
      extraKb <= JS_BUDGET_KB,
    )
  }
  return checks
}

/** Whether a figure in the table met its target; undefined for the baseline's own figures. */
export function metFor(checks, pageName, figure) {
  return checks.find((check) => check.page === pageName && check.figure === figure)?.met
}
