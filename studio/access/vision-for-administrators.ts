import type { ConfigContext, Tool } from 'sanity'

/** Vision runs any query against the dataset, drafts included: a developer's tool, not an editor's. */
const ADMIN_ONLY_TOOLS = new Set(['vision'])

function isAdministrator(context: Pick<ConfigContext, 'currentUser'>): boolean {
  return context.currentUser?.roles.some((role) => role.name === 'administrator') ?? false
}

/** The studio's tools for the signed-in user: Vision only for administrators. */
export function toolsForUser(tools: Tool[], context: Pick<ConfigContext, 'currentUser'>): Tool[] {
  if (isAdministrator(context)) return tools
  return tools.filter((tool) => !ADMIN_ONLY_TOOLS.has(tool.name))
}
