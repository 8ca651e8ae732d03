export interface StockLevel {
  productId: string;
  available: number;
  reserved: number;
}
