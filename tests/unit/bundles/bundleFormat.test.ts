import { randomUUID, sign } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/contract/errors';
import {
  type BundlePayload,
  canonicalJson,
  fingerprintOf,
  generateFacilityKeys,
  generateSupervisorKeys,
  openBundle,
  readBundleHeader,
  readSupervisorKeyFile,
  sealBundle,
  writeSupervisorKeyFile,
} from '../../../electron/backend/services/bundles/format';
import { HEADER_LENGTH, sealSigned, signedMessage } from '../../../electron/backend/services/bundles/format/bundleFile';
import { keyHash, privateKeyObject } from '../../../electron/backend/services/bundles/format/keys';

const facility = generateFacilityKeys();
const supervisor = generateSupervisorKeys();

function payload(over: Partial<BundlePayload> = {}): BundlePayload {
  return {
    payloadVersion: 1,
    facility: {
      id: randomUUID(),
      name: 'ИК-12, Қарағанды',
      region: 'karaganda',
      publicKey: facility.publicKey.toString('base64'),
    },
    quarters: ['2026-Q1', '2026-Q2'],
    createdAt: '2026-07-02T09:00:00.000Z',
    appVersion: '0.1.0',
    schemaVersion: 17,
    sequence: 3,
    families: [
      {
        key: 'instrument:phq9',
        measures: ['assessmentsSigned', 'questionnaireBands', 'questionnaireScores'],
        by: ['unit', 'sex', 'outcome'],
        values: ['total'],
        cells: [
          {
            month: '2026-01',
            cats: ['Отряд 3', 'male', '5-9'],
            count: 3,
            values: [
              [
                [6, 2],
                [8, 1],
              ],
            ],
          },
          { month: '2026-05', cats: [null, 'female', 'none'], count: 1, values: [[]] },
        ],
      },
    ],
    ...over,
  };
}

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof AppFailure) return e.code;
    throw e;
  }
  return 'opened';
}

const sealed = sealBundle({
  payload: payload(),
  facilityPrivateKey: facility.privateKey,
  supervisorPublicKey: supervisor.publicKey,
});

describe('bundle file', () => {
  it('opens what it sealed: the same payload, the facility key and its code', () => {
    const p = payload();
    const bytes = sealBundle({ payload: p, facilityPrivateKey: facility.privateKey, supervisorPublicKey: supervisor.publicKey });
    const opened = openBundle(bytes, supervisor.privateKey);
    expect(opened.payload).toEqual(p);
    expect(opened.facilityPublicKey.equals(facility.publicKey)).toBe(true);
    expect(opened.facilityFingerprint).toBe(fingerprintOf(facility.publicKey));
    expect(opened.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(readBundleHeader(bytes).supervisorFingerprint).toBe(fingerprintOf(supervisor.publicKey));
  });

  it('keeps nothing readable in the file: no facility name, unit or figure in the clear', () => {
    const text = sealed.toString('latin1') + sealed.toString('utf8');
    for (const s of ['Отряд', 'ИК-12', 'karaganda', 'phq9', 'male']) expect(text).not.toContain(s);
  });

  it('refuses every flipped byte as damaged (in the magic: not a bundle), never as another supervisor', () => {
    const codes = new Set<string>();
    for (let i = 0; i < sealed.length; i++) {
      const bytes = Buffer.from(sealed);
      bytes[i] = (bytes[i] as number) ^ 0x01;
      const code = refusal(() => openBundle(bytes, supervisor.privateKey));
      expect(code, `byte ${i}`).toBe(i < 8 ? 'BUNDLE_NOT_A_BUNDLE' : 'BUNDLE_DAMAGED');
      codes.add(code);
    }
    expect(codes.has('opened')).toBe(false);
  });

  it('refuses a truncated file at every length class as truncated', () => {
    const lengths = [
      0,
      1,
      7,
      8,
      9,
      10,
      50,
      HEADER_LENGTH - 1,
      HEADER_LENGTH,
      HEADER_LENGTH + 1,
      sealed.length - 17,
      sealed.length - 16,
      sealed.length - 1,
    ];
    for (const n of lengths)
      expect(
        refusal(() => openBundle(sealed.subarray(0, n), supervisor.privateKey)),
        `length ${n}`,
      ).toBe('BUNDLE_TRUNCATED');
    expect(refusal(() => openBundle(Buffer.concat([sealed, Buffer.from([0])]), supervisor.privateKey))).toBe('BUNDLE_DAMAGED');
  });

  it("names another supervisor's bundle before decrypting, with that key's code", () => {
    const other = generateSupervisorKeys();
    const bytes = sealBundle({
      payload: payload(),
      facilityPrivateKey: facility.privateKey,
      supervisorPublicKey: other.publicKey,
    });
    try {
      openBundle(bytes, supervisor.privateKey);
      expect.unreachable();
    } catch (e) {
      expect((e as AppFailure).code).toBe('BUNDLE_OTHER_SUPERVISOR');
      expect((e as AppFailure).details?.reasons).toEqual([fingerprintOf(other.publicKey)]);
    }
  });

  it('refuses a bundle signed by another key than the one it names', () => {
    const stranger = generateFacilityKeys();
    const compressedPayload = deflateRawSync(Buffer.from(canonicalJson(payload()), 'utf8'));
    const message = signedMessage(keyHash(supervisor.publicKey), compressedPayload);
    // Signed by the stranger, naming the facility's key.
    const forged = sealSigned({
      facilityPublicKey: facility.publicKey,
      signature: sign(null, message, privateKeyObject('Ed25519', stranger.privateKey)),
      compressedPayload,
      supervisorPublicKey: supervisor.publicKey,
    });
    expect(refusal(() => openBundle(forged, supervisor.privateKey))).toBe('BUNDLE_SIGNATURE_INVALID');
    // Signed by the stranger under its own key in the envelope, the payload naming the facility's key.
    const relabelled = sealSigned({
      facilityPublicKey: stranger.publicKey,
      signature: sign(null, message, privateKeyObject('Ed25519', stranger.privateKey)),
      compressedPayload,
      supervisorPublicKey: supervisor.publicKey,
    });
    expect(refusal(() => openBundle(relabelled, supervisor.privateKey))).toBe('BUNDLE_SIGNATURE_INVALID');
    // A signature made for another supervisor does not hold here (the signature covers its recipient).
    const forOther = signedMessage(keyHash(generateSupervisorKeys().publicKey), compressedPayload);
    const redirected = sealSigned({
      facilityPublicKey: facility.publicKey,
      signature: sign(null, forOther, privateKeyObject('Ed25519', facility.privateKey)),
      compressedPayload,
      supervisorPublicKey: supervisor.publicKey,
    });
    expect(refusal(() => openBundle(redirected, supervisor.privateKey))).toBe('BUNDLE_SIGNATURE_INVALID');
  });

  it('refuses what is not a bundle', () => {
    for (const bytes of [
      Buffer.from('PK\u0003\u0004 a zip file'),
      Buffer.from('KENESBAK a backup'),
      writeSupervisorKeyFile({ name: 'X', publicKey: supervisor.publicKey }),
    ]) {
      expect(refusal(() => openBundle(bytes, supervisor.privateKey))).toBe('BUNDLE_NOT_A_BUNDLE');
    }
  });

  it('refuses a newer format, in the header and in the contents', () => {
    const bytes = Buffer.from(sealed);
    bytes.writeUInt16BE(2, 8);
    expect(refusal(() => openBundle(bytes, supervisor.privateKey))).toBe('BUNDLE_NEWER_FORMAT');
    const newer = { ...payload(), payloadVersion: 2 };
    const compressedPayload = deflateRawSync(Buffer.from(canonicalJson(newer), 'utf8'));
    const signature = sign(
      null,
      signedMessage(keyHash(supervisor.publicKey), compressedPayload),
      privateKeyObject('Ed25519', facility.privateKey),
    );
    const inner = sealSigned({
      facilityPublicKey: facility.publicKey,
      signature,
      compressedPayload,
      supervisorPublicKey: supervisor.publicKey,
    });
    expect(refusal(() => openBundle(inner, supervisor.privateKey))).toBe('BUNDLE_NEWER_FORMAT');
  });

  it('will not seal a payload naming another key, nor one with a person-level field', () => {
    const stranger = generateFacilityKeys();
    expect(
      refusal(() =>
        sealBundle({ payload: payload(), facilityPrivateKey: stranger.privateKey, supervisorPublicKey: supervisor.publicKey }),
      ),
    ).toBe('INTERNAL');
    const withMonthOutside = payload();
    withMonthOutside.families[0]!.cells[0]!.month = '2026-08';
    expect(() =>
      sealBundle({
        payload: withMonthOutside,
        facilityPrivateKey: facility.privateKey,
        supervisorPublicKey: supervisor.publicKey,
      }),
    ).toThrow();
  });
});

describe('supervisor key file and fingerprints', () => {
  it('round-trips, and the fingerprint is five groups of four base32 letters', () => {
    const file = writeSupervisorKeyFile({ name: 'Департамент УИС', publicKey: supervisor.publicKey });
    const read = readSupervisorKeyFile(file);
    expect(read.name).toBe('Департамент УИС');
    expect(read.publicKey.equals(supervisor.publicKey)).toBe(true);
    expect(read.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
    expect(fingerprintOf(generateSupervisorKeys().publicKey)).not.toBe(read.fingerprint);
  });

  it('refuses a changed key, a file of another kind and a newer version', () => {
    const text = writeSupervisorKeyFile({ name: 'D', publicKey: supervisor.publicKey }).toString('utf8');
    const other = generateSupervisorKeys().publicKey.toString('base64');
    const changed = text.replace(supervisor.publicKey.toString('base64'), other);
    expect(refusal(() => readSupervisorKeyFile(Buffer.from(changed)))).toBe('SUPERVISOR_KEY_FILE_INVALID');
    expect(refusal(() => readSupervisorKeyFile(sealed))).toBe('SUPERVISOR_KEY_FILE_INVALID');
    expect(refusal(() => readSupervisorKeyFile(Buffer.from('{"format":"kenes-supervisor-key","version":2}')))).toBe(
      'BUNDLE_NEWER_FORMAT',
    );
  });
});
