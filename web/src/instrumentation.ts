/** Runs once as the server starts, before it answers any request. */
export async function register(): Promise<void> {
  // Next's own variable, replaced at compile time so the edge bundle leaves out what follows.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // A setting that is not valid stops the server here, with one message naming it.
  const { siteEnv } = await import('./env')
  siteEnv()
  const { claimRouteCache } = await import('./content/route-cache-owner')
  if (claimRouteCache())
    console.log('[content] started on new content or a new build: cleared pages cached at runtime')
}
