/**
 * The floor's process entry (compiled to dist/scripts/bench/floor/main.js, run by the bench
 * as its own process). Reads the same backend variables as the web BFF.
 */
import { runMain } from '../../../services/shared';
import { startFloor } from './floor-server';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

runMain('bench-floor', async () => {
  const floor = await startFloor({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? '0'),
    usersUrl: required('USERS_URL'),
    ordersUrl: required('ORDERS_URL'),
    catalogAddress: required('CATALOG_ADDR'),
    inventoryAddress: required('INVENTORY_ADDR'),
    reviewsAddress: required('REVIEWS_ADDR'),
    timeoutMs: 2000,
  });
  process.stdout.write(`${JSON.stringify({ msg: 'listening', url: floor.url })}\n`);
  return floor;
});
