// Sanity's webhook on publish: publishing/revalidation/ says what it checks and expires.
import { revalidationRoute } from '@/publishing/revalidation/route'
export const { POST, GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = revalidationRoute
