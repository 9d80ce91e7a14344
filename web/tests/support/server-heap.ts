import { origin } from '../../scripts/processes/loopback.ts'

/**
 * The live JavaScript heap of a server started with `--inspect` on `inspectorPort`: it is made
 * to collect its garbage first, through the inspector, so what is left is what it keeps.
 * Resident memory alone counts garbage V8 has not yet bothered to collect.
 */
export async function heapKeptBytes(inspectorPort: number): Promise<number> {
  const targets = (await (await fetch(`${origin(inspectorPort)}/json/list`)).json()) as {
    webSocketDebuggerUrl: string
  }[]
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve)
    socket.addEventListener('error', reject)
  })
  let lastId = 0
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = ++lastId
      const answer = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as {
          id?: number
          result: Record<string, number>
        }
        if (message.id !== id) return
        socket.removeEventListener('message', answer)
        resolve(message.result)
      }
      socket.addEventListener('message', answer)
      socket.send(JSON.stringify({ id, method }))
    })
  try {
    await call('HeapProfiler.collectGarbage')
    return (await call('Runtime.getHeapUsage')).usedSize!
  } finally {
    socket.close()
  }
}
