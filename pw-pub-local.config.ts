import base from './playwright.config'
const servers = base.webServer as { command: string }[]
export default {
  ...base,
  webServer: servers.filter((s) => s.command.includes('prepare-publishing')),
  projects: base.projects!.filter((p) => p.name === 'publishing'),
}
