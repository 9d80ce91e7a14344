import type {
  Article,
  BreadcrumbList,
  FAQPage,
  Organization,
  OrganizationLeaf,
  PersonLeaf,
  WithContext,
} from 'schema-dts'
import { absoluteUrl } from '../routes'
import type { ArticleSeo, AuthorSeo, BreadcrumbItem, SiteIdentity } from './types'

const SCHEMA_CONTEXT = 'https://schema.org'

/** The client's pages are written in British English. */
export const CONTENT_LANGUAGE = 'en-GB'

/** The site's home address as the client writes it, without a trailing slash. */
function siteHome(site: SiteIdentity): string {
  return site.siteUrl.replace(/\/+$/, '')
}

/** The organisation named briefly, as the author and publisher of an article. */
function organisationReference(site: SiteIdentity): OrganizationLeaf {
  return { '@type': 'Organization', name: site.legalName, url: siteHome(site) }
}

/** An author: a Person, with their profile and the card on the site that introduces them. */
function personReference(site: SiteIdentity, author: AuthorSeo): PersonLeaf {
  return {
    '@type': 'Person',
    name: author.name,
    ...(author.jobTitle && { jobTitle: author.jobTitle }),
    ...(author.linkedIn && { sameAs: author.linkedIn }),
    ...(author.path && { url: absoluteUrl(site.siteUrl, author.path) }),
  }
}

/** The Organization JSON-LD every page carries, matching the client's current site. */
export function organizationJsonLd(site: SiteIdentity): WithContext<Organization> {
  const { address } = site
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Organization',
    name: site.legalName,
    legalName: site.legalName,
    url: siteHome(site),
    description: site.description,
    address: {
      '@type': 'PostalAddress',
      streetAddress: address.streetAddress,
      addressLocality: address.addressLocality,
      postalCode: address.postalCode,
      addressCountry: address.addressCountry,
    },
    contactPoint: {
      '@type': 'ContactPoint',
      email: site.contactEmail,
      ...(site.contactType && { contactType: site.contactType }),
    },
    ...(site.areaServed && { areaServed: site.areaServed }),
    ...(site.knowsAbout?.length && { knowsAbout: [...site.knowsAbout] }),
    // "GB-COH" is the org-id.guide code for Companies House, the register the number belongs to.
    ...(site.companyNumber && {
      identifier: { '@type': 'PropertyValue', propertyID: 'GB-COH', value: site.companyNumber },
    }),
  }
}

/** The Article JSON-LD of an Insights article. */
export function articleJsonLd(site: SiteIdentity, article: ArticleSeo): WithContext<Article> {
  const url = absoluteUrl(site.siteUrl, article.path)
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt ?? article.publishedAt,
    author: article.authors?.length
      ? article.authors.map((author) => personReference(site, author))
      : organisationReference(site),
    publisher: organisationReference(site),
    mainEntityOfPage: url,
    url,
    inLanguage: CONTENT_LANGUAGE,
    ...(article.section && { articleSection: article.section }),
    ...(article.image && { image: absoluteUrl(site.siteUrl, article.image.url) }),
  }
}

/** A BreadcrumbList whose positions count from 1, as schema.org requires. */
export function breadcrumbJsonLd(
  site: SiteIdentity,
  items: readonly BreadcrumbItem[],
): WithContext<BreadcrumbList> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(site.siteUrl, item.path),
    })),
  }
}

/** A question on a page and its answer, as an editor wrote them. */
export interface QuestionAndAnswer {
  question: string
  answer: string
}

/** The questions and answers of a page (all its FAQ sections), for search engines. */
export function faqPageJsonLd(
  site: SiteIdentity,
  path: string,
  items: readonly QuestionAndAnswer[],
): WithContext<FAQPage> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'FAQPage',
    url: absoluteUrl(site.siteUrl, path),
    inLanguage: CONTENT_LANGUAGE,
    mainEntity: items.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  }
}
