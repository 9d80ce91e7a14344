import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ImageResponse } from 'next/og'
import { stegaClean } from '@/content/stega'
import { SHARE_IMAGE_SIZE } from '@chaffcent/content/seo/share-card'

// Satori reads TTF/OTF/WOFF (not WOFF2); the font ships in an npm package, so no network is needed.
const fontFile = (weight: 400 | 600) =>
  join(
    /*turbopackIgnore: true*/ process.cwd(),
    'node_modules/@fontsource/ibm-plex-sans/files',
    `ibm-plex-sans-latin-${weight}-normal.woff`,
  )

// Read once when the module loads, not per request: an image rendered on demand (an article
// published after the build) may not do uncached I/O while it renders.
const [regular, semibold] = await Promise.all([readFile(fontFile(400)), readFile(fontFile(600))])

/**
 * The site's share card: an eyebrow, a title and the organisation's name on the grid
 * background. The words are drawn, so they go without click-to-edit marks.
 */
export async function shareImage(words: { eyebrow: string; title: string; footer: string }) {
  const { eyebrow, title, footer } = stegaClean(words)
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#0b1620',
        backgroundImage:
          'linear-gradient(rgba(255,255,255,0.06) 1px, transparent 1px), linear-gradient(90deg, rgba(255,255,255,0.06) 1px, transparent 1px)',
        backgroundSize: '48px 48px',
        color: '#f4f6f8',
        fontFamily: 'IBM Plex Sans',
      }}
    >
      <div
        style={{
          display: 'flex',
          fontSize: 26,
          letterSpacing: 4,
          textTransform: 'uppercase',
          color: '#f2b01e',
        }}
      >
        {eyebrow}
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: title.length > 70 ? 54 : 66,
          fontWeight: 600,
          lineHeight: 1.15,
        }}
      >
        {title}
      </div>
      <div
        style={{ display: 'flex', borderTop: '2px solid #f2b01e', paddingTop: 28, fontSize: 28 }}
      >
        {footer}
      </div>
    </div>,
    {
      ...SHARE_IMAGE_SIZE,
      fonts: [
        { name: 'IBM Plex Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'IBM Plex Sans', data: semibold, weight: 600, style: 'normal' },
      ],
    },
  )
}
