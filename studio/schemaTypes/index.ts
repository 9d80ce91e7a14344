import type { SchemaTypeDefinition } from 'sanity'
import { siteSettings } from './siteSettings/siteSettings'

export const schemaTypes: SchemaTypeDefinition[] = [siteSettings]
