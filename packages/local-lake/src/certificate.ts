import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A throwaway self-signed certificate for the lake's loopback names, made by openssl at each
 * start. The lake needs TLS only to speak HTTP/2: the studio keeps a dozen event streams open,
 * and over HTTP/1.1 a browser's six connections a host would all be taken by them.
 */
export function localCertificate(hostnames: string[]) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'local-lake-tls-'))
  const key = path.join(folder, 'key.pem')
  const cert = path.join(folder, 'cert.pem')
  const names = [...hostnames.map((name) => `DNS:${name}`), 'IP:127.0.0.1', 'IP:::1']
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
        .concat(['-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=localhost'])
        .concat(['-addext', `subjectAltName=${names.join(',')}`]),
      { stdio: 'ignore' },
    )
    return { key: readFileSync(key), cert: readFileSync(cert) }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
