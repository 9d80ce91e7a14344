// GET with every header as given (fetch would refuse some, such as Host) and from a chosen
// loopback address, so that a test can be a visitor of its own to the edge's rate limits.
import http from 'node:http'

export interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export function rawGet(
  url: string,
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: options.headers, localAddress: options.localAddress, agent: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        )
        response.on('error', reject)
      },
    )
    request.setTimeout(20_000, () => request.destroy(new Error(`${url}: no answer in 20 s`)))
    request.on('error', reject)
  })
}
