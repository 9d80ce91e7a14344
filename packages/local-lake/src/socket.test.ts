import { afterEach, describe, expect, it } from 'vitest'
import { startTestLake } from './test-lake'

let lake: Awaited<ReturnType<typeof startTestLake>>
afterEach(() => lake?.close())

describe('the presence socket', () => {
  it('stays open and silent, and closes cleanly when the studio closes it', async () => {
    lake = await startTestLake([])
    const socket = new WebSocket(`${lake.origin.replace('http', 'ws')}/socket/production`)
    await new Promise((resolve) => socket.addEventListener('open', resolve))
    socket.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'presence_subscribe' }))
    const closed = new Promise<CloseEvent>((resolve) => socket.addEventListener('close', resolve))
    socket.close(1000, 'Closed by the studio')
    const { wasClean } = await closed
    expect(wasClean).toBe(true)
  })
})
