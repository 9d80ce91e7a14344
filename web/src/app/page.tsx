import { getSiteSettings } from '@/content/settings'

export default async function HomePage() {
  const settings = await getSiteSettings()
  return (
    <section>
      <h1>{settings.legalName}</h1>
      <p>{settings.description}</p>
    </section>
  )
}
