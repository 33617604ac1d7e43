// Verifies a GreenCert credential and reads a status list with an independent JOSE implementation (npm jose).
// usage: node verify-with-node-jose.mjs <credential.jwt> <did.json> <status-list.jwt> <index> <expected 0|1>
// Exit 0 when: the credential's signature verifies with the key its kid names in the DID document (EdDSA or
// ES256 only, typ vc+jwt, cty vc), and the status list's bit at <index> (GZIP + base64url, index 0 = most
// significant bit of the first byte, Bitstring Status List v1.0) equals <expected>.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { compactVerify, importJWK, decodeProtectedHeader } from 'jose';

const [credentialFile, didFile, listFile, indexText, expectedText] = process.argv.slice(2);
const credential = readFileSync(credentialFile, 'utf8').trim();
const did = JSON.parse(readFileSync(didFile, 'utf8'));
const header = decodeProtectedHeader(credential);
if (header.typ !== 'vc+jwt' || header.cty !== 'vc') throw new Error(`unexpected header ${JSON.stringify(header)}`);

async function verify(jws) {
  const kid = decodeProtectedHeader(jws).kid;
  const method = did.verificationMethod.find((m) => m.id === kid);
  if (!method || !did.assertionMethod.includes(kid)) throw new Error(`kid ${kid} not in the DID document`);
  const key = await importJWK(method.publicKeyJwk, method.publicKeyJwk.alg);
  const { payload } = await compactVerify(jws, key, { algorithms: ['EdDSA', 'ES256'] });
  return JSON.parse(new TextDecoder().decode(payload));
}

const vc = await verify(credential);
if (vc['@context'][0] !== 'https://www.w3.org/ns/credentials/v2') throw new Error('first @context is not VC 2.0');
const list = await verify(readFileSync(listFile, 'utf8').trim());
const encoded = list.credentialSubject.encodedList;
if (!encoded.startsWith('u')) throw new Error('encodedList is not multibase base64url');
const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
const index = Number(indexText);
const bit = (bits[Math.floor(index / 8)] >> (7 - (index % 8))) & 1;
if (bits.length * 8 < 131072) throw new Error(`list too short: ${bits.length * 8} bits`);
if (String(bit) !== expectedText) throw new Error(`bit ${index} is ${bit}, expected ${expectedText}`);
console.log(`OK: ${vc.id} signed by ${header.kid} (${header.alg}); ${list.credentialSubject.statusPurpose} bit ${index} = ${bit}`);
