import { TYPE } from '@chaffcent/content/content-types'
import type { SeedDocument } from './lib/documents/types'
import { id } from './lib/ids'
import { reference, routeLink, seo } from './lib/shapes'

/** The home page: the hero, and which sectors, ventures and articles it features. */
export const home: SeedDocument = {
  _id: TYPE.home,
  _type: TYPE.home,
  hero: {
    eyebrow: 'Strategic Advisory & Capability Development',
    heading: 'Capability for High-Consequence Environments',
    text: 'ChaffCent Ventures is a multidisciplinary strategic advisory and capability platform. We help organisations define, build and sustain capability across security, aviation, infrastructure and energy, resilience, UAV and counter-UAV, and advanced technology.',
    primaryAction: routeLink('What We Do', '/what-we-do'),
    secondaryAction: routeLink('Contact ChaffCent →', '/contact'),
  },
  featuredSectors: [
    'aviation',
    'security-resilience',
    'infrastructure-energy',
    'uav-counter-uav',
  ].map((slug) => reference(id.sector(slug))),
  featuredVentures: [
    'aviation-training-assurance',
    'it-ot-security-coordination',
    'layered-counter-uav-integration',
  ].map((slug) => reference(id.venture(slug))),
  featuredInsights: [
    'it-ot-convergence-high-consequence-environments',
    'procuring-advanced-technology-questions',
    'drones-near-aerodromes-shared-responsibility',
  ].map((slug) => reference(id.article(slug))),
  seo: seo({
    description:
      'Strategic advisory and capability development across security, aviation, infrastructure, and advanced technology.',
  }),
}
