// `pnpm cluster`: the built site as INSTANCES `next start` processes sharing Redis, behind the
// nginx edge on PORT, until Ctrl-C. The root script builds first.
import { type Cluster, startCluster } from './cluster.ts'
import { clusterSettings } from './settings.ts'

let cluster: Cluster | undefined
let stopping = false

async function shutDown(code: number) {
  if (stopping) return
  stopping = true
  console.log('\nStopping the edge, the instances and Redis…')
  await cluster?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void shutDown(0))
process.on('SIGTERM', () => void shutDown(0))

try {
  const settings = clusterSettings()
  console.log(
    `Starting Redis, ${settings.instances} instances and the edge (logs in ${settings.runDir})…`,
  )
  cluster = await startCluster(settings)
  console.log(`
  Edge (visitors and the publish webhook): ${cluster.edgeUrl}
  Instances:                               ${cluster.instanceUrls.join('  ')}
  Redis (shared cache):                    ${cluster.redisUrl}

  The webhook URL to give Sanity is ${cluster.edgeUrl}/api/revalidate. Ctrl-C stops everything.`)
} catch (error) {
  console.error(`cluster: ${error instanceof Error ? error.message : String(error)}`)
  await shutDown(1)
}
