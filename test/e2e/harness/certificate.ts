import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Host names the local server answers for: every CNRS host, plus one unrelated site for contrast. */
export const SERVED_DOMAINS = ['cnrs.fr', '*.cnrs.fr', '*.ifsem.cnrs.fr', '*.bib.cnrs.fr', 'other-site.example', '*.other-site.example'];

/** A throw-away self-signed certificate for the served domains, made with openssl. */
export function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'cnrs-helper-cert-'));
  const config = join(dir, 'openssl.cnf');
  writeFileSync(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      'CN = cnrs-helper test server',
      '[ext]',
      `subjectAltName = ${SERVED_DOMAINS.map((domain) => `DNS:${domain}`).join(',')}`,
      'basicConstraints = CA:FALSE',
      'keyUsage = digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
    ].join('\n'),
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-config',
      config,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}
