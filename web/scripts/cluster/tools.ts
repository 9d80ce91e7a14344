// Redis and nginx come from Debian. Like the browser tests' Chromium, they are installed with
// apt when missing and this runs as root; otherwise the cluster says how to install them.
import { execFileSync, execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const SEARCH_PATH = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']

export function findTool(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), ...SEARCH_PATH]
  return dirs.map((dir) => `${dir}/${name}`).find((file) => existsSync(file))
}

export function ensureTools(): { redisServer: string; nginx: string } {
  let redisServer = findTool('redis-server')
  let nginx = findTool('nginx')
  if (!redisServer || !nginx) {
    const isRoot = process.getuid?.() === 0
    if (!isRoot || !existsSync('/usr/bin/apt-get')) {
      throw new Error(
        'The cluster needs redis-server and nginx.\n' +
          '  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y redis-server nginx-light',
      )
    }
    console.log('Installing Debian’s redis-server and nginx-light (about a minute)…')
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server nginx-light',
      {
        stdio: 'inherit',
      },
    )
    redisServer = findTool('redis-server')
    nginx = findTool('nginx')
    if (!redisServer || !nginx)
      throw new Error('apt-get finished but redis-server or nginx is still missing')
  }
  return { redisServer, nginx }
}

/** `nginx -t` on the rendered file, so a bad config is reported before anything starts. */
export function checkNginxConfig(nginx: string, file: string): void {
  execFileSync(nginx, ['-t', '-q', '-c', file, '-e', 'stderr'], { stdio: 'inherit' })
}
