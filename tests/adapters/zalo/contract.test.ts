import { afterAll, beforeAll, describe } from 'vitest';
import { setupServer } from 'msw/node';
import { ZALO_OA_CAPABILITIES } from '../../../adapters/zalo/capabilities.ts';
import { runAdapterContract } from '../contract.ts';
import { zaloOaContext } from './harness.ts';

// The shared adapter contract for Zalo Official Account (platform 'zalo'). Zalo cannot edit a sent
// message, so edits arrive as new texts (its declared capabilities say edit: false).
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('Zalo OA adapter contract', () => {
  runAdapterContract({ name: 'zalo', capabilities: ZALO_OA_CAPABILITIES, setup: () => zaloOaContext(server) });
});
