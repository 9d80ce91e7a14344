import { revalidateTag } from 'next/cache'
import { revalidationRoute } from '@/publishing/revalidation/route'
import { answerAfterSharedExpiry } from '@/shared-cache/expire-before-answer'

const route = revalidationRoute(revalidateTag)

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = route
// Several instances: the webhook answers once every instance and the edge know (no-op for one).
export const POST = answerAfterSharedExpiry(route.POST)
