import { serveImage } from '@/images/serve/handler'

/** The embedded source's images, at the address form of Sanity's CDN (see src/images/serve). */
export async function GET(
  request: Request,
  { params }: RouteContext<'/images/[projectId]/[dataset]/[file]'>,
) {
  return serveImage(request, await params)
}
