import { TYPE } from '@chaffcent/content/content-types'
/**
 * Rich text an editor, an import or a compromised token could store, each block trying
 * something the site must render inert: script URLs, off-site links dressed as site
 * links, styles and marks the studio does not offer, a second h1, lists nested 750 deep,
 * broken images and malformed blocks. Unit tests render it; a browser test publishes it.
 */
const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text, text, marks })
const block = (key: string, fields: Record<string, unknown>) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [span(key)],
  ...fields,
})
const linked = (key: string, markDef: Record<string, unknown>) =>
  block(key, { children: [span(key, ['m'])], markDefs: [{ _key: 'm', ...markDef }] })

export const HOSTILE_BLOCKS = [
  linked('standard-link-to-script', { _type: 'link', href: 'javascript:alert(1)' }),
  linked('standard-link-protocol-relative', { _type: 'link', href: '//evil.example' }),
  linked('external-link-to-data', { _type: 'externalLink', href: 'data:text/html,<script>' }),
  linked('external-link-tabbed-script', { _type: 'externalLink', href: ' java\tscript:alert(1)' }),
  linked('internal-link-to-slash-slug', {
    _type: 'internalLink',
    target: { _type: TYPE.page, slug: '/evil.example' },
  }),
  linked('unknown-annotation', { _type: 'onclick', href: 'javascript:alert(1)' }),
  block('second-h1', { style: 'h1' }),
  block('h6-style', { style: 'h6' }),
  block('made-up-style', { style: 'script' }),
  block('decorators', {
    children: [
      span('code', ['code']),
      span('underline', ['underline']),
      span('del', ['strike-through']),
    ],
  }),
  block('deep-list-item', { listItem: 'bullet', level: 750 }),
  block('negative-list-item', { listItem: 'number', level: -3 }),
  block('list-level-text', { listItem: 'bullet', level: 'deep' }),
  block('unknown-list', { listItem: 'checkbox', level: 1 }),
  block('span-with-html', {
    children: [span('<script>alert(1)</script><img src=x onerror=alert(1)>')],
  }),
  block('children-not-a-list', { children: 'oops' }),
  block('mark-defs-not-a-list', { markDefs: 'oops', children: [span('x', ['m'])] }),
  { _type: 'accessibleImage', _key: 'broken-image', asset: { _ref: 'not-an-asset' } },
  { _type: 'accessibleImage', _key: 'image-without-asset', asset: null },
  {
    _type: 'accessibleImage',
    _key: 'image-nan-crop',
    asset: { _ref: 'image-abc-100x100-png' },
    crop: { top: 'x' },
  },
  { _type: 'script', _key: 'unknown-type', code: 'alert(1)' },
  { _type: 'block', _key: 'no-children' },
]

/** The text each hostile block still shows, proving it degraded rather than vanished. */
export const HOSTILE_TEXTS = [
  'standard-link-to-script',
  'second-h1',
  'deep-list-item',
  'codeunderlinedel',
]
