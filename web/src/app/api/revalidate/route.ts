import { revalidateTag } from 'next/cache'
import { revalidationRoute } from '@/publishing/revalidation/route'

export const { POST, GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = revalidationRoute(revalidateTag)
