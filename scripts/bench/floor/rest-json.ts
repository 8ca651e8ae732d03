import { Pool } from 'undici';

/** One keep-alive pool per REST backend, as the BFF's transport has (64 connections). */
export interface RestJson {
  get<T>(path: string, headers: Record<string, string>): Promise<T>;
  close(): Promise<void>;
}

const CONNECTIONS = 64;

/**
 * GET and parse JSON, status checked first. No response cap, retries or breaker: the
 * floor measures the work of aggregation, not the protections around it.
 */
export function createRestJson(baseUrl: string, timeoutMs: number): RestJson {
  const pool = new Pool(new URL(baseUrl).origin, { connections: CONNECTIONS });
  return {
    async get<T>(path: string, headers: Record<string, string>): Promise<T> {
      const response = await pool.request({
        path,
        method: 'GET',
        headers: { accept: 'application/json', ...headers },
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new Error(`GET ${path} answered ${response.statusCode}`);
      }
      return (await response.body.json()) as T;
    },
    close: () => pool.close(),
  };
}
