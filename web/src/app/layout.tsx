import { feedAlternates } from '@chaffcent/content/feed'
import { organizationJsonLd } from '@chaffcent/content/seo/json-ld'
import type { Metadata, Viewport } from 'next'
import { Suspense, type ReactNode } from 'react'
import { JsonLd } from '@/components/json-ld/JsonLd'
import { PreviewControls } from '@/components/preview/PreviewControls'
import { SiteFooter } from '@/components/site-footer/SiteFooter'
import { SiteHeader } from '@/components/site-header/SiteHeader'
import { getLegalLinks } from '@/content/legal'
import { getSiteSettings } from '@/content/settings'
import { stegaClean } from '@/content/stega'
import { siteIdentity } from '@/seo/metadata'
import { footerColumns } from '@/site/chrome'
import { copyrightYear } from '@/site/copyright-year'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = stegaClean(await getSiteSettings())
  return {
    metadataBase: new URL(settings.siteUrl),
    title: settings.legalName,
    description: settings.description,
    applicationName: settings.legalName,
    // Pages with their own metadata repeat this (see `pageMetadata`); this covers the rest, 404s included.
    alternates: { types: feedAlternates(settings) },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b1620',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [settings, year, legalLinks] = await Promise.all([
    getSiteSettings(),
    copyrightYear(),
    getLegalLinks(),
  ])
  return (
    <html lang="en-GB">
      <head>
        <JsonLd data={organizationJsonLd(siteIdentity(settings))} />
      </head>
      <body>
        <a href="#main-content" className="skip-link">
          Skip to main content
        </a>
        <Suspense fallback={null}>
          <PreviewControls />
        </Suspense>
        <SiteHeader links={settings.headerNavigation} />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter
          legalName={settings.legalName}
          tagline={settings.description}
          address={settings.address}
          columns={footerColumns(settings)}
          legalLinks={legalLinks}
          year={year}
          registration={settings.registration}
          companyNumber={settings.companyNumber}
          disclaimer={settings.footerDisclaimer}
        />
      </body>
    </html>
  )
}
