import { afterAll, beforeAll, describe } from 'vitest';
import { setupServer } from 'msw/node';
import { runAdapterContract } from '../contract.ts';
import { zaloOaContext } from './harness.ts';

// The shared adapter contract for Zalo Official Account (platform 'zalo'). Zalo cannot edit a sent
// message, so edits arrive as new texts (supportsEdit: false).
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('Zalo OA adapter contract', () => {
  runAdapterContract({ name: 'zalo', supportsEdit: false, setup: () => zaloOaContext(server) });
});
