import { afterAll, beforeAll, describe } from 'vitest';
import { setupServer } from 'msw/node';
import { ZALO_BOT_CAPABILITIES } from '../../../adapters/zalo-bot/capabilities.ts';
import { runAdapterContract } from '../contract.ts';
import { zaloBotContext } from './harness.ts';

// The shared adapter contract for the Zalo Bot Platform (platform 'zalo-bot'). The Bot Platform has
// no inline buttons and no edits: buttons are a numbered list (typed numbers come back as the button
// data) and edits arrive as new texts.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('Zalo Bot Platform adapter contract', () => {
  runAdapterContract({ name: 'zalo-bot', capabilities: ZALO_BOT_CAPABILITIES, setup: () => zaloBotContext(server) });
});
