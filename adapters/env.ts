import { existsSync } from 'node:fs';

/**
 * The process environment, with `.env` in the working directory read first when there is one (Node's
 * own loader; variables already set in the environment win). So `cp .env.example .env` just works.
 */
export function environment(): NodeJS.ProcessEnv {
  if (existsSync('.env')) {
    const before = { ...process.env };
    process.loadEnvFile('.env');
    Object.assign(process.env, before);
  }
  return process.env;
}
