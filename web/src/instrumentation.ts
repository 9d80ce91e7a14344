/** Runs once as the server starts, before it answers any request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { claimRouteCache } = await import('./content/route-cache-owner')
  if (claimRouteCache())
    console.log('[content] started on new content or a new build: cleared pages cached at runtime')
}
