import { readArray, readId, readInteger, readRecord } from '../wire/wire-readers';
import { type StockLevel } from './types';

/** StockLevelMessage -> StockLevel. */
export function toStockLevel(value: unknown, path = 'stockLevel'): StockLevel {
  const wire = readRecord(value, path);
  return {
    productId: readId(wire['productId'], `${path}.productId`),
    available: readInteger(wire['available'], `${path}.available`),
    reserved: readInteger(wire['reserved'], `${path}.reserved`),
  };
}

/** BatchGetStockLevelsResponse -> stock levels. */
export function toStockLevels(value: unknown): StockLevel[] {
  const levels = readRecord(value, 'response')['stockLevels'];
  return readArray(levels, 'response.stockLevels', toStockLevel);
}
