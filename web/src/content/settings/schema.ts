import { z } from 'zod'

export const siteSettingsSchema = z.object({
  _id: z.string(),
  legalName: z.string().min(1),
  description: z.string().min(1),
})

export type SiteSettings = z.output<typeof siteSettingsSchema>
