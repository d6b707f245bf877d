/**
 * The bundle file format of issue 15, shared by the facility (export) and the supervisor installation (import).
 * Node's crypto only: Ed25519 signatures, X25519 with an ephemeral key, HKDF-SHA256, AES-256-GCM with the clear
 * header as additional data. See bundleFile.ts for the layout and docs/ARCHITECTURE.md ("Bundles") for the reasons.
 *
 *   sealBundle({ payload, facilityPrivateKey, supervisorPublicKey }) → Buffer
 *   openBundle(bytes, supervisorPrivateKey) → { payload, facilityPublicKey, facilityFingerprint, digest }
 *     or throws AppFailure BUNDLE_NOT_A_BUNDLE / _TRUNCATED / _DAMAGED / _OTHER_SUPERVISOR / _SIGNATURE_INVALID /
 *     _NEWER_FORMAT
 *   readBundleHeader(bytes) → whom a bundle is sealed to, without any key
 *   writeSupervisorKeyFile / readSupervisorKeyFile (SUPERVISOR_KEY_FILE_INVALID, BUNDLE_NEWER_FORMAT)
 *   generateFacilityKeys (Ed25519) / generateSupervisorKeys (X25519), raw 32-byte keys; fingerprintOf(publicKey)
 */
export {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT_VERSION,
  type BundleHeader,
  type OpenedBundle,
  canonicalJson,
  openBundle,
  readBundleHeader,
  sealBundle,
} from './bundleFile';
export { type KeyPair, fingerprintOf, generateFacilityKeys, generateSupervisorKeys, publicKeyOf } from './keys';
export {
  type BundleFamily,
  type BundlePayload,
  type Microcell,
  PAYLOAD_VERSION,
  bundleFamilySchema,
  bundlePayloadSchema,
  microcellSchema,
  quarterKeySchema,
} from './payload';
export { SUPERVISOR_KEY_EXTENSION, type SupervisorKey, readSupervisorKeyFile, writeSupervisorKeyFile } from './supervisorKeyFile';
