import { describe, expect, it } from 'vitest';
import { verifyViberSignature, viberSignature } from '../../../adapters/viber/signature.ts';
import { rawMessageToken } from '../../../adapters/viber/client.ts';
import { fixture } from './fake-viber.ts';

/**
 * Viber's own test vector: Viber's official Python library (github.com/Viber/viber-bot-python,
 * tests/api/test_api.py, `test_verify_signature`) checks this body, this auth token and this signature.
 * Viber's documentation pages show no example signature; this is the published vector we found.
 */
const VECTOR = {
  token: '44dafb7e0f40021e-61a47a1e6778d187-f2c5a676a07050b3',
  body: fixture('webhook-signature-vector.body'),
  signature: 'd21b343448c8aee33b8e93768ef6ceb64a6ba6163099973a2b8bd028fea510ef',
};

describe('Viber callback signature', () => {
  it("matches Viber's published test vector", () => {
    expect(VECTOR.body).toBe('{"event":"webhook","timestamp":4977069964384421269,"message_token":1478683725125}');
    expect(viberSignature(VECTOR.body, VECTOR.token)).toBe(VECTOR.signature);
    expect(verifyViberSignature(VECTOR.body, VECTOR.signature, VECTOR.token)).toBe(true);
    expect(verifyViberSignature(Buffer.from(VECTOR.body), VECTOR.signature.toUpperCase(), VECTOR.token)).toBe(true);
  });

  it('refuses a changed body, another token, and missing or malformed headers', () => {
    expect(verifyViberSignature(VECTOR.body + ' ', VECTOR.signature, VECTOR.token)).toBe(false);
    expect(verifyViberSignature(VECTOR.body, VECTOR.signature, VECTOR.token + 'x')).toBe(false);
    expect(verifyViberSignature(VECTOR.body, null, VECTOR.token)).toBe(false);
    expect(verifyViberSignature(VECTOR.body, '', VECTOR.token)).toBe(false);
    expect(verifyViberSignature(VECTOR.body, VECTOR.signature.slice(0, 63), VECTOR.token)).toBe(false);
    expect(verifyViberSignature(VECTOR.body, `sha256=${VECTOR.signature}`, VECTOR.token)).toBe(false);
    expect(verifyViberSignature(VECTOR.body, VECTOR.signature, '')).toBe(false);
  });
});

describe('message_token precision', () => {
  it('reads 19-digit tokens from the raw text exactly, where JSON.parse would round them', () => {
    const raw = fixture('conversation-started.json');
    expect(rawMessageToken(raw)).toBe('4912661846655238145');
    expect(String((JSON.parse(raw) as { message_token: number }).message_token)).not.toBe('4912661846655238145');
    expect(rawMessageToken('{"event":"seen","message_token":"5098034272017990001"}')).toBe('5098034272017990001');
  });

  it('is not fooled by a message_token typed inside a text', () => {
    const raw = '{"event":"message","message":{"type":"text","text":"\\"message_token\\":1"},"message_token":4912661846655238146}';
    expect(rawMessageToken(raw)).toBe('4912661846655238146');
  });
});
